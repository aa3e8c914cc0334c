using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Specs;
using Microsoft.CodeAnalysis;

using Contracts.Schema;

namespace Contracts.Generator.Parsing;

/// <summary>A member whose type refers to another record: an edge of the contract's type graph.</summary>
internal readonly record struct RecordEdge(INamedTypeSymbol Owner, INamedTypeSymbol Record, string MemberName, Location? Location);

/// <summary>A record's wire members in wire order, and where each is declared.</summary>
internal readonly record struct ParsedMembers(EquatableArray<MemberSpec> Specs, EquatableArray<MemberLocation> Locations);

/// <summary>
/// Turns the wire members of a record (primary-constructor parameters and public settable or init-only properties, in
/// declaration order) into member specs and their diagnostics. Get-only computed properties are not on the wire: the
/// reader could not set them back.
/// </summary>
internal sealed class MemberParser
{
    private readonly TypeClassifier _classifier;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly SemanticModelCache _models;
    private readonly bool _readSyntax;

    /// <param name="readSyntax">False forces the symbol path for every record (a test compares the two paths).</param>
    public MemberParser(TypeClassifier classifier, List<DiagnosticInfo> diagnostics, SemanticModelCache models, bool readSyntax = true)
    {
        _classifier = classifier;
        _diagnostics = diagnostics;
        _models = models;
        _readSyntax = readSyntax;
    }

    public List<RecordEdge> Edges { get; } = new();

    /// <summary>
    /// True once a member was found that the compiler reports an error for (<see cref="CompilerReported"/>): its record
    /// must not be emitted, and nothing is said about that member.
    /// </summary>
    public bool Blocked { get; private set; }

    /// <summary>Marks the contract as not settled for a reason found outside the members (an enum or a record it uses).</summary>
    public void Block() => Blocked = true;

    /// <summary>Null when the type cannot be constructed (reported).</summary>
    public ParsedMembers? Parse(INamedTypeSymbol type, CancellationToken cancellationToken = default)
    {
        var sources = (_readSyntax ? PositionalRecordReader.TryRead(type, _models, cancellationToken) : null) ?? SymbolMemberReader.Read(type);
        if (sources is null)
        {
            _diagnostics.Add(Diagnose.NoConstructor(DeclarationParser.IdentifierLocation(type), type.Name));
            return null;
        }

        if (HasBrokenMember(sources))
        {
            Blocked = true;
            return null;
        }

        var members = new List<(MemberSpec Spec, MemberSource Source)>();
        var byWireName = new Dictionary<string, string>();
        foreach (var source in sources)
        {
            var member = ParseMember(type, source);
            if (member is null)
            {
                continue;
            }

            if (byWireName.TryGetValue(member.WireName, out var other))
            {
                _diagnostics.Add(Diagnose.DuplicateWireName(source.Location, other, source.Name, type.Name, member.WireName));
            }
            else
            {
                byWireName.Add(member.WireName, source.Name);
            }

            members.Add((member, source));
        }

        // Constructor arguments are passed positionally, so constructor-bound members keep the parameter order.
        var ordered = members.Where(m => m.Source.IsConstructorBound).OrderBy(m => m.Source.ParameterIndex)
            .Concat(members.Where(m => !m.Source.IsConstructorBound))
            .ToList();
        return new ParsedMembers(
            ordered.Select(m => m.Spec).ToEquatableArray(),
            ordered.Select(m => new MemberLocation(m.Spec.WireName, LocationInfo.From(m.Source.PropertyLocation))).ToEquatableArray());
    }

    /// <summary>
    /// A name error recovery left empty or invalid, a member declared twice (CS0100, CS0102), or a declaration with
    /// parse errors: the compiler reports each, and the record's shape is not settled yet.
    /// </summary>
    private static bool HasBrokenMember(List<MemberSource> sources)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (source.HasBrokenSyntax || CompilerReported.IsBadName(source.Name) || !names.Add(source.Name))
            {
                return true;
            }
        }

        return false;
    }

    private MemberSpec? ParseMember(INamedTypeSymbol owner, MemberSource source)
    {
        var pinned = source.PinnedWireName;
        if (pinned is not null && !WireNames.IsValid(pinned))
        {
            _diagnostics.Add(Diagnose.InvalidWireName(source.Location, pinned, owner.Name + "." + source.Name));
        }

        var wireName = pinned ?? WireNames.CamelCase(source.Name);
        var classification = _classifier.Classify(source.Type);
        if (classification.IsCompilerReported)
        {
            Blocked = true;
            return null;
        }

        if (classification.ExternalWithoutContract is { } external)
        {
            _diagnostics.Add(Diagnose.ExternalTypeWithoutContract(source.TypeLocation ?? source.Location, external.Name, external.ContainingAssembly?.Name ?? "?"));
            return null;
        }

        if (classification.Spec is not { } spec)
        {
            _diagnostics.Add(Diagnose.UnsupportedMemberType(
                source.TypeLocation ?? source.Location, source.Name, owner.Name, SymbolNames.Display(source.Type), classification.Suggestion!));
            return null;
        }

        foreach (var record in ReferencedRecords(source.Type))
        {
            Edges.Add(new RecordEdge(owner, record, source.Name, source.TypeLocation ?? source.Location));
        }

        if (source.IsConstructorBound)
        {
            var hasDefault = source.Default is not null;
            return new MemberSpec(
                SymbolNames.CSharp(source.Name),
                wireName,
                spec,
                Required: !hasDefault && !spec.IsNullable,
                MemberBinding.Constructor,
                source.Default ?? (spec.IsNullable ? "default" : "default!"));
        }

        var required = source.IsRequired || (!spec.IsNullable && !source.HasInitializer);
        var binding = source.HasInitializer && !source.IsRequired ? MemberBinding.WithWhenPresent : MemberBinding.Initializer;
        return new MemberSpec(SymbolNames.CSharp(source.Name), wireName, spec, required, binding, spec.IsNullable ? "default" : "default!");
    }

    private IEnumerable<INamedTypeSymbol> ReferencedRecords(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return ReferencedRecords(array.ElementType);
            case INamedTypeSymbol { IsRecord: true } record when _classifier.IsLocal(record):
                return new[] { record };
            case INamedTypeSymbol named when named.TypeArguments.Length > 0:
                return named.TypeArguments.SelectMany(ReferencedRecords);
            default:
                return Enumerable.Empty<INamedTypeSymbol>();
        }
    }
}
