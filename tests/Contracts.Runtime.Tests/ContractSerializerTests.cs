using System.Text;
using Contracts.Serialization;

namespace Contracts.Runtime.Tests;

/// <summary>Whole-body reads: limits, malformed input and trailing content are typed failures with a path.</summary>
public sealed class ContractSerializerTests
{
    private const string ValidBody =
        """{"orderId":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","lines":[{"sku":"a","quantity":1}],"shipOn":"2024-02-29","shipAt":"13:45:30","window":"01:30:00"}""";

    [Fact]
    public void Round_trips_a_message()
    {
        var order = TestOrder.Sample("leave at the door");

        var read = ContractSerializer.Deserialize<TestOrder>(ContractSerializer.SerializeToUtf8Bytes(order));

        Assert.Equal(order.OrderId, read.OrderId);
        Assert.Equal(order.Lines, read.Lines);
        Assert.Equal(order.Note, read.Note);
    }

    public static TheoryData<DateOnly, TimeOnly, TimeSpan> TimeValues => new()
    {
        { new DateOnly(2024, 2, 29), new TimeOnly(0, 0), TimeSpan.Zero },
        { DateOnly.MinValue, TimeOnly.MinValue, TimeSpan.FromTicks(1) },
        { DateOnly.MaxValue, TimeOnly.MaxValue, TimeSpan.MaxValue },
        { new DateOnly(999, 1, 1), new TimeOnly(23, 59, 59, 999, 999).Add(TimeSpan.FromTicks(9)), TimeSpan.MinValue },
        { new DateOnly(2000, 12, 31), new TimeOnly(12, 0, 0, 500), new TimeSpan(-3, -4, -5, -6, -7) },
    };

    [Theory]
    [MemberData(nameof(TimeValues))]
    public void Date_time_and_duration_round_trip_exactly(DateOnly date, TimeOnly time, TimeSpan duration)
    {
        var order = TestOrder.Sample() with { ShipOn = date, ShipAt = time, Window = duration };

        var read = ContractSerializer.Deserialize<TestOrder>(ContractSerializer.SerializeToUtf8Bytes(order));

        Assert.Equal((date, time, duration), (read.ShipOn, read.ShipAt, read.Window));
    }

    [Fact]
    public void Unknown_members_are_skipped()
    {
        var body = ValidBody.Replace("{\"orderId\"", "{\"extra\":{\"deep\":[1,2,{\"x\":null}]},\"orderId\"", StringComparison.Ordinal);

        Assert.Equal("a", Read(body).Lines[0].Sku);
    }

    [Fact]
    public void A_body_over_the_size_limit_is_rejected_before_parsing()
    {
        var error = Fails(ValidBody, new ContractReaderOptions { MaxBytes = 64 });

        Assert.Equal("$", error.Path);
        Assert.Contains("larger than the limit of 64", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_rejected_at_its_path()
    {
        // $ is depth 1, the lines array 2, each line object 3. The reader fails while advancing to the element,
        // before the element is entered, so the path is the array's.
        var error = Fails(ValidBody, new ContractReaderOptions { MaxDepth = 2 });

        Assert.Equal("$.lines", error.Path);
        Assert.IsType<System.Text.Json.JsonException>(error.InnerException, exactMatch: false);
    }

    [Theory]
    [InlineData(" x")]
    [InlineData("{}")]
    [InlineData(",")]
    public void Content_after_the_message_is_rejected(string trailing)
        => Assert.Equal("$", Fails(ValidBody + trailing).Path);

    [Fact]
    public void Whitespace_after_the_message_is_allowed() => Read(ValidBody + " \n\t");

    [Theory]
    [InlineData("", "$")]
    [InlineData("{\"orderId\":", "$.orderId")]
    [InlineData("{\"orderId\" \"x\"}", "$")]
    [InlineData("{\"lines\":[{\"sku\":\"a\",}]}", "$.lines[0]")]
    [InlineData("[]", "$")]
    public void Malformed_json_is_a_format_error_at_its_path(string body, string path) => Assert.Equal(path, Fails(body).Path);

    [Fact]
    public void A_wrong_token_deep_in_the_body_names_its_path()
    {
        var body = ValidBody.Replace("[{\"sku\":\"a\",\"quantity\":1}]", "[{\"sku\":\"a\",\"quantity\":1},{\"sku\":\"b\",\"quantity\":2},{\"sku\":7,\"quantity\":3}]", StringComparison.Ordinal);

        var error = Fails(body);

        Assert.Equal("$.lines[2].sku", error.Path);
        Assert.Equal("expected a string but found a number", error.Reason);
    }

    [Fact]
    public void A_missing_required_member_is_named()
        => Assert.Equal("required member 'window' is missing", Fails(ValidBody.Replace(",\"window\":\"01:30:00\"", "", StringComparison.Ordinal)).Reason);

    [Fact]
    public void A_duplicate_member_is_rejected()
    {
        var error = Fails(ValidBody[..^1] + ",\"shipOn\":\"2024-01-01\"}");

        Assert.Equal("$.shipOn", error.Path);
        Assert.Equal("member appears more than once", error.Reason);
    }

    [Fact]
    public void Invalid_utf8_in_a_string_is_a_format_error()
    {
        var bytes = Encoding.UTF8.GetBytes(ValidBody.Replace("\"sku\":\"a\"", "\"sku\":\"\u00ff\"", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at] = 0xFF; // a byte that never appears in UTF-8

        var error = Assert.Throws<MessageFormatException>(() => ContractSerializer.Deserialize<TestOrder>(bytes));

        Assert.Equal("$.lines[0].sku", error.Path);
        Assert.Equal("the string is not valid UTF-8", error.Reason);
    }

    private static TestOrder Read(string body) => ContractSerializer.Deserialize<TestOrder>(Encoding.UTF8.GetBytes(body));

    private static MessageFormatException Fails(string body, ContractReaderOptions? options = null)
        => Assert.Throws<MessageFormatException>(() => ContractSerializer.Deserialize<TestOrder>(Encoding.UTF8.GetBytes(body), options));
}
