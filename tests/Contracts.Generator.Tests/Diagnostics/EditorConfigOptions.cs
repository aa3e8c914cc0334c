using System.Threading;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>
/// Severities from real .editorconfig / .globalconfig text, applied the way the compiler applies them: through the
/// compilation's <see cref="SyntaxTreeOptionsProvider"/>, which the generator driver consults for generator diagnostics.
/// </summary>
internal sealed class EditorConfigOptions(AnalyzerConfigSet configs) : SyntaxTreeOptionsProvider
{
    public static Compilation Apply(Compilation compilation, string configPath, string configText)
    {
        var configs = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(configText, configPath) });
        return compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new EditorConfigOptions(configs)));
    }

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        => configs.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        => configs.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
}
