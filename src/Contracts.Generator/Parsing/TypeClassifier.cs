using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Specs;
using Microsoft.CodeAnalysis;

using Contracts.Schema;

namespace Contracts.Generator.Parsing;

/// <summary>
/// The outcome of classifying a member type: a spec, or why not and what to use instead, or
/// <see cref="IsCompilerReported"/> when the type does not resolve (the compiler says so; there is nothing to add).
/// </summary>
internal readonly record struct Classification(TypeSpec? Spec, string? Suggestion, INamedTypeSymbol? ExternalWithoutContract, bool IsCompilerReported = false);

/// <summary>
/// Maps a C# type to the closed list of wire types in design.md and collects the records and enums it uses.
/// The only place that decides what is supported, so the suggestions and the accepted set cannot drift apart.
/// </summary>
internal sealed class TypeClassifier
{
    private static readonly HashSet<string> ListLike = new()
    {
        "System.Collections.Generic.List`1", "System.Collections.Generic.IList`1", "System.Collections.Generic.ICollection`1",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IReadOnlyCollection`1",
        "System.Collections.Generic.HashSet`1", "System.Collections.Generic.ISet`1",
        "System.Collections.Immutable.ImmutableArray`1", "System.Collections.Immutable.ImmutableList`1",
    };

    private static readonly HashSet<string> DictionaryLike = new()
    {
        "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.IDictionary`2",
        "System.Collections.Generic.SortedDictionary`2", "System.Collections.Immutable.ImmutableDictionary`2",
    };

    private readonly IAssemblySymbol _home;

    /// <param name="home">
    /// The assembly being compiled: only its records are generated here. "Declared in source" is not the test, because
    /// the IDE hands a referenced project over as a compilation whose types are in source too.
    /// </param>
    public TypeClassifier(IAssemblySymbol home) => _home = home;

    /// <summary>The closed list in words, from the table of wire primitives (the integer types as one).</summary>
    public static readonly string Supported = "one of the supported types: "
        + string.Join(", ", WirePrimitives.All.Select(p => p.IntegerRange is null ? p.CSharpName : "an integer type").Distinct())
        + ", an enum, a partial record, T[], IReadOnlyList<T> or IReadOnlyDictionary<string, T>";

    /// <summary>Records in this compilation that the classified types use, in first-seen order.</summary>
    public List<INamedTypeSymbol> Records { get; } = new();

    /// <summary>Assemblies other than this one whose generated contracts the classified types use (nested records).</summary>
    public HashSet<IAssemblySymbol> ReferencedAssemblies { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Enums the classified types use, in first-seen order.</summary>
    public List<INamedTypeSymbol> Enums { get; } = new();

    public Classification Classify(ITypeSymbol type)
    {
        if (CompilerReported.ContainsErrorType(type))
        {
            return new Classification(null, null, null, IsCompilerReported: true);
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var inner = Classify(nullable.TypeArguments[0]);
            return inner.Spec is null ? inner : new Classification(
                inner.Spec with
                {
                    TypeName = inner.Spec.TypeName + "?",
                    IsNullable = true,
                },
                null,
                null);
        }

        var isNullableReference = type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;
        var result = ClassifyNonNullable(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated));
        if (result.Spec is null || !isNullableReference)
        {
            return result;
        }

        return new Classification(
            result.Spec with
            {
                TypeName = result.Spec.TypeName + "?",
                IsNullable = true,
            },
            null,
            null);
    }

    private Classification ClassifyNonNullable(ITypeSymbol type)
    {
        // Keep '?' on type arguments (IReadOnlyList<string?>): the generated locals must match the member exactly.
        var name = SymbolNames.FullyQualifiedWithNullability(type);
        var metadataName = MetadataName(type);
        if (type is INamedTypeSymbol { IsGenericType: false } && WirePrimitives.FromClrType(metadataName) is { } primitive)
        {
            return Ok(new TypeSpec(WireKind.Primitive, name, false, type.IsValueType, primitive.Kind));
        }

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                return Unsupported($"{Display(array.ElementType)}[] or IReadOnlyList<{Display(array.ElementType)}> (JSON arrays have one dimension)");
            }

            return Collection(WireKind.Array, name, array.ElementType);
        }

        if (type is INamedTypeSymbol namedType && ClassifyNamed(namedType, name, metadataName) is { } named)
        {
            return named;
        }

        return Unsupported(Suggest(type, metadataName));
    }

    /// <summary>Collections, enums and records; null for any other named type (then it is unsupported).</summary>
    private Classification? ClassifyNamed(INamedTypeSymbol namedType, string name, string metadataName)
    {
        if (metadataName == "System.Collections.Generic.IReadOnlyList`1")
        {
            return Collection(WireKind.List, name, namedType.TypeArguments[0]);
        }

        if (metadataName == "System.Collections.Generic.IReadOnlyDictionary`2")
        {
            if (namedType.TypeArguments[0].SpecialType != SpecialType.System_String)
            {
                return Unsupported($"IReadOnlyDictionary<string, {Display(namedType.TypeArguments[1])}> (JSON object keys are strings)");
            }

            return Collection(WireKind.Dictionary, name, namedType.TypeArguments[1]);
        }

        if (ListLike.Contains(metadataName))
        {
            return Unsupported($"IReadOnlyList<{Display(namedType.TypeArguments[0])}>");
        }

        if (DictionaryLike.Contains(metadataName))
        {
            return Unsupported($"IReadOnlyDictionary<string, {Display(namedType.TypeArguments[1])}>");
        }

        if (namedType.TypeKind == Microsoft.CodeAnalysis.TypeKind.Enum)
        {
            return Enum(namedType, name);
        }

        if (namedType.IsRecord && namedType.TypeKind is Microsoft.CodeAnalysis.TypeKind.Class or Microsoft.CodeAnalysis.TypeKind.Struct)
        {
            return Record(namedType, name);
        }

        return null;
    }

    private Classification Collection(WireKind kind, string name, ITypeSymbol elementType)
    {
        var element = Classify(elementType);
        if (element.Spec is null)
        {
            return element;
        }

        return Ok(new TypeSpec(kind, name, false, false, Element: element.Spec));
    }

    private Classification Enum(INamedTypeSymbol type, string name)
    {
        if (SymbolAttributes.Of(type, "System.FlagsAttribute").Any())
        {
            return Unsupported($"IReadOnlyList<{type.Name}> (a [Flags] enum has no single name on the wire; send the set of flags)");
        }

        if (!Enums.Contains(type, SymbolEqualityComparer.Default))
        {
            Enums.Add(type);
        }

        return Ok(new TypeSpec(WireKind.Enum, name, false, true, Helper: EnumConverterName(type)));
    }

    private Classification Record(INamedTypeSymbol type, string name)
    {
        var spec = new TypeSpec(WireKind.Object, name, false, type.IsValueType);
        if (IsLocal(type))
        {
            if (!Records.Contains(type, SymbolEqualityComparer.Default))
            {
                Records.Add(type);
            }

            return Ok(spec);
        }

        if (!HasGeneratedContract(type))
        {
            return new Classification(null, null, type);
        }

        ReferencedAssemblies.Add(type.ContainingAssembly);
        return Ok(spec);
    }

    public bool IsLocal(ITypeSymbol type) => IsDeclaredIn(type, _home);

    public static bool IsDeclaredIn(ITypeSymbol type, IAssemblySymbol assembly)
        => SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, assembly);

    public static bool HasGeneratedContract(INamedTypeSymbol type)
        => type.AllInterfaces.Any(i => SymbolNames.Is(i, KnownTypes.ContractTypeInterface)
            && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type));

    /// <summary>The converter class of an enum (see <see cref="MangledName"/>).</summary>
    public static string EnumConverterName(INamedTypeSymbol type)
        => "global::Contracts.Generated.EnumContract_" + MangledName.Of(SymbolNames.FullyQualified(type));

    private static string Suggest(ITypeSymbol type, string metadataName)
    {
        switch (metadataName)
        {
            case "System.DateTime":
                return "DateTimeOffset (a DateTime carries no offset, so its meaning changes between machines)";
            case "System.Char":
                return "string";
            case "System.Object":
            case "System.Text.Json.JsonElement":
            case "System.Text.Json.Nodes.JsonNode":
            case "System.Text.Json.JsonDocument":
                return "a partial record that declares the members you send (untyped values defeat the compile-time check)";
            case "System.IntPtr":
            case "System.UIntPtr":
                return "long";
            case "System.Half":
                return "float";
            case "System.Int128":
            case "System.UInt128":
            case "System.Numerics.BigInteger":
                return "decimal, or a string for larger values";
            case "System.Uri":
                return "string";
        }

        if (type.TypeKind == Microsoft.CodeAnalysis.TypeKind.TypeParameter)
        {
            return "a concrete supported type (a contract has one fixed shape)";
        }

        if (type.IsTupleType)
        {
            return "a partial record with named members";
        }

        if (type.TypeKind is Microsoft.CodeAnalysis.TypeKind.Class or Microsoft.CodeAnalysis.TypeKind.Struct
            && type.Locations.Any(location => location.IsInSource))
        {
            return $"a partial record (declare '{type.Name}' as 'partial record')";
        }

        return Supported;
    }

    private static string MetadataName(ITypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        var ns = definition.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() + "." : string.Empty;
        return ns + definition.MetadataName;
    }

    private static string Display(ITypeSymbol type) => SymbolNames.Display(type);

    private static Classification Ok(TypeSpec spec) => new(spec, null, null);

    private static Classification Unsupported(string suggestion) => new(null, suggestion, null);
}
