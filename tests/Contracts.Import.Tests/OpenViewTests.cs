using Contracts.Schema.Compatibility;

namespace Contracts.Import.Tests;

/// <summary>
/// An imported <c>additionalProperties: false</c> is an open view (docs/import.md): zod writes it on every object,
/// yet zod's parser strips unknown keys and the .NET readers skip them. A producer that sends a member more than the
/// view lists is readable; one that stops sending a member the view requires is not.
/// </summary>
public sealed class OpenViewTests
{
    [Fact]
    public void A_producer_that_sends_more_than_a_closed_zod_view_lists_is_readable()
    {
        var view = ZodView();
        var producer = view with
        {
            Members = view.Members.Append(new MemberSchema("loyaltyTier", TypeSchema.Primitive(PrimitiveKind.String), Required: true)).ToEquatableArray(),
        };

        Assert.Empty(CompatibilityEngine.CheckPair(view, producer, ChangedSide.Writer, guessRenames: false));
    }

    [Fact]
    public void A_producer_that_drops_what_the_view_requires_is_not()
    {
        var view = ZodView();
        var producer = view with { Members = view.Members.Where(m => m.WireName != "customerId").ToEquatableArray() };

        var violation = Assert.Single(CompatibilityEngine.CheckPair(view, producer, ChangedSide.Writer, guessRenames: false));
        Assert.Equal("$.customerId", violation.Path);
    }

    // The zod fixture's orders.order-placed: every object in it has additionalProperties: false.
    private static ContractSchema ZodView()
    {
        var text = File.ReadAllText(Fixtures.Path("zod/order-placed.schema.json"));
        Assert.Equal(2, text.Split("\"additionalProperties\": false").Length - 1);
        var manifest = ContractImport.Read(Fixtures.Path("mapping/zod.mapping.yaml")).Manifest!;
        return manifest.Messages.Single(m => m.Schema.Name == "orders.order-placed").Schema;
    }
}
