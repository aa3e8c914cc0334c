using System.Collections.Generic;
using Contracts.Schema.Export;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Carries the exported documents out of the compiler, by the lock's route (<see cref="LockEmitter"/>): with
/// <c>-p:ContractsExport=true</c> the package asks the compiler to save generated files and an MSBuild step writes
/// each document between its markers into the export folder. <c>#if false</c> keeps the text out of the compilation;
/// no exported line starts with <c>#</c>, so none can end that region.
/// </summary>
internal static class ExportEmitter
{
    public const string HintName = "Contracts.Export.g.cs";
    public const string Begin = "CONTRACTS-EXPORT-BEGIN ";
    public const string End = "CONTRACTS-EXPORT-END";

    public static string Emit(IReadOnlyList<ExportedDocument> documents)
    {
        var writer = FileHeader.Start();
        writer.Line("// The documents this build exports for other languages (-p:ContractsExport=true); written to the export folder after the build.");
        writer.Line("#if false");
        var text = new System.Text.StringBuilder(writer.ToString());
        foreach (var document in documents)
        {
            text.Append(Begin).Append(document.Path).Append('\n').Append(document.Text);
            text.Append(document.Text.EndsWith("\n", System.StringComparison.Ordinal) ? string.Empty : "\n").Append(End).Append('\n');
        }

        return text.Append("#endif\n").ToString();
    }
}
