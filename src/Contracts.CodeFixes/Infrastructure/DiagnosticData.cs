using Microsoft.CodeAnalysis;

namespace Contracts.CodeFixes.Infrastructure;

/// <summary>Reads what the generator put in a diagnostic's properties (keys: FindingProperties, DiagnosticProperties).</summary>
internal static class DiagnosticData
{
    /// <summary>The property's value, or null when the diagnostic does not carry it.</summary>
    public static string? Property(this Diagnostic diagnostic, string key)
        => diagnostic.Properties.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
