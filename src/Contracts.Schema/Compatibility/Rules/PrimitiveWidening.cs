namespace Contracts.Schema.Compatibility.Rules;

/// <summary>
/// Which scalar a reader of one kind can read when the writer sends another: only where every JSON value the
/// writer can produce is readable, exactly, by the reader. For integers that is a question of ranges: the reader's
/// integer range must contain the writer's; float32 holds integers exactly up to 2^24, float64 up to 2^53, and
/// decimal every 64-bit integer. The table is in docs/compatibility.md; keep the two in step.
/// </summary>
internal static class PrimitiveWidening
{
    public static bool CanRead(PrimitiveKind reader, PrimitiveKind writer)
    {
        if (reader == writer)
        {
            return true;
        }

        if (IntegerRange(writer) is { } range)
        {
            return reader switch
            {
                PrimitiveKind.Float32 => Within(range, 1L << 24),
                PrimitiveKind.Float64 => Within(range, 1L << 53),
                PrimitiveKind.Decimal => true,
                _ => IntegerRange(reader) is { } target && Contains(target, range),
            };
        }

        return (writer, reader) switch
        {
            // Every float32 is a float64. Not decimal: float32's range (3.4e38) exceeds decimal's (7.9e28).
            (PrimitiveKind.Float32, PrimitiveKind.Float64) => true,

            // These are sent as JSON strings; a string reader takes any of them as text.
            (PrimitiveKind.Guid or PrimitiveKind.DateTimeOffset or PrimitiveKind.Date or PrimitiveKind.Time or PrimitiveKind.Duration,
                PrimitiveKind.String) => true,
            _ => false,
        };
    }

    // Ranges as (min, max) in decimal, because uint64's max does not fit a long.
    private static (decimal Min, decimal Max)? IntegerRange(PrimitiveKind kind) => WirePrimitives.Of(kind).IntegerRange;

    private static bool Contains((decimal Min, decimal Max) outer, (decimal Min, decimal Max) inner) =>
        outer.Min <= inner.Min && inner.Max <= outer.Max;

    private static bool Within((decimal Min, decimal Max) range, long exactLimit) =>
        range.Min >= -exactLimit && range.Max <= exactLimit;
}
