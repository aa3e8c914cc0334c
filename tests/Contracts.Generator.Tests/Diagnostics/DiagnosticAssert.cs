using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>Runs the generator over marked-up source and checks the one diagnostic it must report.</summary>
internal static class DiagnosticAssert
{
    private const string HelpBase = "https://github.com/contracts-dotnet/contracts/blob/main/docs/diagnostics/";

    /// <summary>
    /// The generator reports exactly one diagnostic: <paramref name="id"/>, over the <c>[|...|]</c> span of the first
    /// source, with exactly <paramref name="message"/> and the help link of its docs page.
    /// </summary>
    public static GeneratorResult Single(string id, string message, string markedSource, params MetadataReference[] references)
    {
        var markup = Markup.Parse(markedSource);
        var compilation = GeneratorHarness.WithReferences(GeneratorHarness.Compile(markup.Source), references);
        var result = GeneratorHarness.Run(compilation);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(HelpBase + id + ".md", diagnostic.Descriptor.HelpLinkUri);

        var location = diagnostic.Location.GetLineSpan();
        Assert.Equal("File0.cs", location.Path);
        Assert.Equal(markup.LineSpan, location.Span);
        Assert.Equal(markup.Span, diagnostic.Location.SourceSpan);
        return result;
    }

    /// <summary>
    /// An error stops the generator from emitting code that would not compile: the user's code plus whatever was
    /// generated has no error or warning of its own, so the CTR error is the only thing the user has to read.
    /// </summary>
    public static void NoFollowOnErrors(GeneratorResult result)
    {
        var followOn = result.CompilationDiagnostics.Select(d => d.ToString()).ToList();
        Assert.True(followOn.Count == 0, "Follow-on diagnostics:\n" + string.Join("\n", followOn));
    }

    /// <summary><see cref="Single"/> for an error, then <see cref="NoFollowOnErrors"/>.</summary>
    public static GeneratorResult Error(string id, string message, string markedSource, params MetadataReference[] references)
    {
        var result = Single(id, message, markedSource, references);
        Assert.Equal(DiagnosticSeverity.Error, result.Diagnostics[0].Severity);
        NoFollowOnErrors(result);
        return result;
    }
}
