namespace Contracts.Generator.Emitting;

/// <summary>
/// Carries the updated lock out of the compiler. A generator must not write files, so with
/// <c>-p:UpdateContractsLock=true</c> the package asks the compiler to emit generated files to disk and an MSBuild step
/// copies the text between the markers into contracts.lock.json. <c>#if false</c> keeps the JSON out of the compilation.
/// </summary>
internal static class LockEmitter
{
    public const string HintName = "Contracts.Lock.g.cs";
    public const string Begin = "CONTRACTS-LOCK-BEGIN";
    public const string End = "CONTRACTS-LOCK-END";

    public static string Emit(string lockText)
    {
        var writer = FileHeader.Start();
        writer.Line("// The contracts.lock.json this build asked for (-p:UpdateContractsLock=true); copied beside the project after the build.");
        writer.Line("#if false");
        writer.Line(Begin);
        return writer + lockText + (lockText.EndsWith("\n", System.StringComparison.Ordinal) ? string.Empty : "\n") + End + "\n#endif\n";
    }
}
