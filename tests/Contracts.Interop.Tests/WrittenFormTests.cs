namespace Contracts.Interop.Tests;

/// <summary>
/// The exact text the .NET writer produces, as docs/wire-format.md quotes it ("A body, byte for byte"): what a reader
/// in another language must take, and what a writer in another language may imitate.
/// </summary>
public sealed class WrittenFormTests
{
    [Fact]
    public void The_typical_body_is_written_exactly_as_the_wire_format_doc_shows()
        => Assert.Equal(Typical, Bodies.Write(Bodies.Typical()));

    [Fact]
    public void The_smallest_values_are_written_exactly_as_the_wire_format_doc_shows()
        => Assert.Equal(Minimums, Bodies.Write(Bodies.Minimums()));

    [Fact]
    public void The_doc_quotes_these_bodies()
    {
        var doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "wire-format.md"));

        Assert.Contains(Typical, doc);
        Assert.Contains(Minimums, doc);
    }

    private const string Typical = """
        {"flag":true,"i8":-100,"u8":200,"i16":-30000,"u16":60000,"i32":-2000000000,"u32":4000000000,"i64":-9000000000000,"u64":18000000000000000000,"f32":3.25,"f64":-1234.5678,"money":62.00,"text":"héllo \"quoted\" 😀","id":"0f8fad5b-d9cb-469f-a165-70867728950e","at":"2024-02-29T13:45:30.25+02:00","day":"2024-02-29","time":"13:45:30.25","duration":"1.02:03:04.5000000","carrier":"Courier","colour":"deep-blue","main":{"sku":"A-1","quantity":2,"unitPrice":19.90},"lines":[{"sku":"A-1","quantity":2,"unitPrice":19.90},{"sku":"B-2","quantity":2,"unitPrice":19.90,"comment":"gift"}],"prices":{"apple":0.50},"grid":[[1,2],[],[9223372036854775807]]}
        """;

    private const string Minimums = """
        {"flag":false,"i8":-128,"u8":0,"i16":-32768,"u16":0,"i32":-2147483648,"u32":0,"i64":-9223372036854775808,"u64":0,"f32":-3.4028235E+38,"f64":-1.7976931348623157E+308,"money":-79228162514264337593543950335,"text":"","id":"00000000-0000-0000-0000-000000000000","at":"0001-01-01T00:00:00Z","day":"0001-01-01","time":"00:00:00","duration":"-10675199.02:48:05.4775808","carrier":"Courier","colour":"deep-blue","main":{"sku":"A-1","quantity":2,"unitPrice":19.90},"lines":[],"prices":{},"grid":[]}
        """;
}
