using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Contracts.Serialization;

namespace Contracts.Runtime.Tests;

/// <summary>
/// Dates are written and read by hand for speed; the framework's "yyyy-MM-dd" formatting and exact parsing stay the
/// reference, so every case here is checked against them rather than against expectations written down by hand.
/// </summary>
public sealed class IsoDateTests
{
    public static TheoryData<string> Texts => new()
    {
        "2024-02-29", "2023-02-29", "2024-02-30", "2024-04-31", "2024-12-31", "2024-13-01", "2024-00-10", "2024-01-00",
        "0001-01-01", "0000-01-01", "9999-12-31", "0999-06-15", "2024-1-011", "+024-01-01", "2024/01/01", " 024-01-01",
        "2024-01-0a", "2024-01-01 ", "20240101", "2024-01-1", "２０２４-01-01", "2024-01-01T00:00", "", "\\u0032024-01-01",
    };

    [Fact]
    public void Writes_what_the_framework_writes_for_every_day_of_several_years_and_the_extremes()
    {
        var days = Enumerable.Range(0, 4 * 366).Select(i => new DateOnly(2023, 1, 1).AddDays(i))
            .Concat([DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(999, 9, 9), new DateOnly(10, 10, 10)]);

        foreach (var day in days)
        {
            var output = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(output))
            {
                ContractJson.WriteDateOnly(writer, day);
            }

            Assert.Equal("\"" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"", Encoding.UTF8.GetString(output.WrittenSpan));
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reads_exactly_what_the_framework_accepts(string text)
    {
        var json = "\"" + text + "\"";
        var expected = DateOnly.TryParseExact(Unescape(json), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : (DateOnly?)null;

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        DateOnly? actual;
        try
        {
            actual = ContractJson.ReadDateOnly(ref reader, new ContractReadContext());
        }
        catch (MessageFormatException)
        {
            actual = null;
        }

        Assert.Equal(expected, actual);
    }

    private static string Unescape(string json) => JsonSerializer.Deserialize<string>(json)!;
}
