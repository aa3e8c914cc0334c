namespace Contracts.Drift;

/// <summary>How the runtime treats messages from schemas the build did not check; set with <c>OnSchemaDrift(...)</c>.</summary>
public sealed class SchemaDriftOptions
{
    /// <summary>Report (the default) or dead-letter them.</summary>
    public SchemaDriftMode Mode { get; set; } = SchemaDriftMode.Report;
}
