namespace Contracts.Generated.Tests;

/// <summary>Optional members with defaults, init properties with initializers and C# <c>required</c> members.</summary>
[Message("tests.defaults", Version = 1)]
public partial record Defaults(
    string Name,
    [property: WireName("sku_code")] string Sku = "none",
    int Priority = 3,
    Colour Colour = Colour.Blue,
    decimal Rate = 1.25m,
    bool Enabled = true,
    string? Note = null)
{
    /// <summary>Optional: nullable, no initializer.</summary>
    public DateOnly? ShipBy { get; init; }

    /// <summary>Required by the C# <c>required</c> modifier.</summary>
    public required string Owner { get; init; }

    /// <summary>Required by the C# <c>required</c> modifier, a value type.</summary>
    public required int Attempt { get; init; }

    /// <summary>Optional: its initializer is the default when absent.</summary>
    public int Retries { get; init; } = 5;

    /// <summary>Optional: its initializer is the default when absent.</summary>
    public string Region { get; init; } = "eu-west";
}
