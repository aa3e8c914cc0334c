using Microsoft.CodeAnalysis;

using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>
/// A diagnostic as a value: the descriptor id, where, and the message arguments. <see cref="AsError"/> raises a
/// diagnostic whose default is milder to an error (a project setting asked for it).
/// </summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments, bool AsError = false)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
        => new(descriptor.Id, location, new EquatableArray<string>(arguments));

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
        => Create(descriptor, LocationInfo.From(location), arguments);
}
