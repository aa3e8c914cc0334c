namespace Contracts.Generated.Tests;

/// <summary>A small message the strict-input tests break one member at a time.</summary>
[Message("tests.probe", Version = 1)]
public partial record Probe(
    int Count, byte Small, string Name, Guid Id, DateOnly Day, TimeOnly Time, DateTimeOffset At, TimeSpan Span,
    Colour Colour, IReadOnlyList<ProbeLine> Lines, IReadOnlyDictionary<string, int> Tally, ProbeLine Main,
    string? Note = null);

/// <summary>A nested record of <see cref="Probe"/>.</summary>
public partial record ProbeLine(string Sku, int Quantity);
