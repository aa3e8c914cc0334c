using Microsoft.CodeAnalysis;

using Contracts.Schema;
using Contracts.Schema.Gates;

namespace Contracts.Generator.Specs;

/// <summary>
/// A diagnostic as a value: the descriptor id, where, and the message arguments. <see cref="AsError"/> raises a
/// diagnostic whose default is milder to an error (a project setting asked for it).
/// </summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments, bool AsError = false)
{
    /// <summary>
    /// What a code fix needs and the message text does not carry reliably (the old wire name, the suggested type, the
    /// next version): the diagnostic's properties. Keys: <see cref="Diagnostics.DiagnosticProperties"/>.
    /// </summary>
    public EquatableArray<FindingProperty> Properties { get; init; }

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
        => new(descriptor.Id, location, new EquatableArray<string>(arguments));

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
        => Create(descriptor, LocationInfo.From(location), arguments);
}
