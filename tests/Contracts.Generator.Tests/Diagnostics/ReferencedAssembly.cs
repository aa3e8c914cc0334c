using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>How a test references another project: a built dll (dotnet build) or a live compilation (the IDE).</summary>
public enum ReferenceKind
{
    Image,
    Compilation,
}

/// <summary>Builds another service's assembly in memory, with or without the generator, for cross-assembly checks.</summary>
internal static class ReferencedAssembly
{
    public static MetadataReference Build(string assemblyName, string source, bool withGenerator, ReferenceKind kind)
    {
        var compilation = GeneratorHarness.Compile(("Other.cs", source)).WithAssemblyName(assemblyName);
        var output = withGenerator ? GeneratorHarness.Run(compilation).Output : compilation;
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        if (kind == ReferenceKind.Compilation)
        {
            return output.ToMetadataReference();
        }

        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
