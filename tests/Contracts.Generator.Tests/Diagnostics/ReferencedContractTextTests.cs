using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>
/// The contracts of referenced assemblies arrive as text in assembly attributes, parsed once. A text that does not parse
/// is a bug (another build of this generator wrote it), so it is CTR9999 naming the type and the text, never a member
/// that silently drops out of the lock and the gates.
/// </summary>
public sealed class ReferencedContractTextTests
{
    [Fact]
    public void An_unreadable_referenced_contract_text_is_CTR9999_naming_the_type_and_the_text()
    {
        const string Broken = """
            [assembly: Contracts.Serialization.ContractType(typeof(Shared.Money), "amount\tdecimol\t1")]
            namespace Shared
            {
                public sealed record Money(decimal Amount) : Contracts.Serialization.IContractType<Money>
                {
                    static void Contracts.Serialization.IContractType<Money>.WriteContract(System.Text.Json.Utf8JsonWriter writer, Money value) { }
                    static Money Contracts.Serialization.IContractType<Money>.ReadContract(ref System.Text.Json.Utf8JsonReader reader, Contracts.Serialization.ContractReadContext context) => new(0);
                }
            }
            """;
        var reference = ReferencedAssembly.Build("Shared", Broken, withGenerator: false, ReferenceKind.Image);

        var result = GeneratorHarness.Run(GeneratorHarness.WithReferences(GeneratorHarness.Compile("""
            namespace Shop;
            [Contracts.Message("shop.priced")] public partial record Priced(Shared.Money Price);
            [Contracts.Publishes<Priced>] public partial class Prices;
            """), reference));

        var failure = Assert.Single(result.Diagnostics, d => d.Id == "CTR9999");
        Assert.Equal(
            "The Contracts generator failed while processing 'the contract of 'Shared.Money' in referenced assembly 'Shared'': cannot read the member \"amount\tdecimol\t1\": unknown type 'decimol' (expected a primitive such as int32 or string, enum:Name, object:Name, array<T> or map<string,T>) in \"amount\tdecimol\t1\". Please report this with the code that causes it.",
            failure.GetMessage(CultureInfo.InvariantCulture));
    }
}
