using System.Text;
using System.Text.Json;
using Contracts.Serialization;

namespace Contracts.Runtime.Tests;

/// <summary>The strict primitive readers: each wrong token, range or format is a MessageFormatException at the current path.</summary>
public sealed class ContractJsonTests
{
    [Fact]
    public void Failure_names_the_path_built_by_enter_and_enter_index()
    {
        var error = Fail("42", ContractJson.ReadString, "lines", 2, "sku");

        Assert.Equal("$.lines[2].sku", error.Path);
        Assert.Equal("expected a string but found a number", error.Reason);
        Assert.StartsWith("$.lines[2].sku: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_is_not_an_identifier_is_quoted_in_the_path()
        => Assert.Equal("$['unit price'][0]", Fail("true", ContractJson.ReadString, "unit price", 0).Path);

    [Fact]
    public void Leaving_a_segment_removes_it_from_the_path()
    {
        var context = new ContractReadContext();
        context.Enter("lines");
        context.EnterIndex(0);
        context.Leave();
        context.EnterIndex(1);

        Assert.Equal("$.lines[1]", context.Path);
    }

    [Theory]
    [InlineData("\"12\"", "expected a number but found a string")]
    [InlineData("2147483648", "expected a 32-bit integer")]
    [InlineData("1.5", "expected a 32-bit integer")]
    [InlineData("null", "null is not allowed here: the member is not nullable")]
    [InlineData("[1]", "expected a number but found an array")]
    public void ReadInt32_rejects(string json, string reason) => Assert.Equal(reason, Fail(json, ContractJson.ReadInt32, "quantity").Reason);

    [Fact]
    public void Range_checked_integers_reject_values_outside_their_type()
    {
        Assert.Equal("expected an integer from 0 to 255", Fail("256", ContractJson.ReadByte).Reason);
        Assert.Equal("expected an integer from -128 to 127", Fail("-129", ContractJson.ReadSByte).Reason);
        Assert.Equal("expected an unsigned 32-bit integer", Fail("-1", ContractJson.ReadUInt32).Reason);
        Assert.Equal("expected a 64-bit integer", Fail("9223372036854775808", ContractJson.ReadInt64).Reason);
        Assert.Equal("expected a decimal number", Fail("1e400", ContractJson.ReadDecimal).Reason);
        Assert.Equal("expected a finite 64-bit floating point number", Fail("1e400", ContractJson.ReadDouble).Reason);
    }

    [Fact]
    public void Strings_and_booleans_reject_other_tokens()
    {
        Assert.Equal("expected true or false but found a number", Fail("1", ContractJson.ReadBoolean).Reason);
        Assert.Equal("expected a string but found an object", Fail("{}", ContractJson.ReadString).Reason);
        Assert.Equal("null is not allowed here: the member is not nullable", Fail("null", ContractJson.ReadString).Reason);
    }

    [Theory]
    [InlineData("\"not-a-guid\"", "expected a GUID string")]
    [InlineData("42", "expected a string but found a number")]
    public void ReadGuid_rejects(string json, string reason) => Assert.Equal(reason, Fail(json, ContractJson.ReadGuid, "orderId").Reason);

    [Theory]
    [InlineData("\"2024-02-30\"")]
    [InlineData("\"2024-02-03T00:00:00\"")]
    [InlineData("\"03/02/2024\"")]
    [InlineData("\"2024-02-03-this-string-is-far-longer-than-any-date-could-ever-be\"")]
    public void ReadDateOnly_rejects(string json) => Assert.Equal("expected an ISO 8601 date (yyyy-MM-dd)", Fail(json, ContractJson.ReadDateOnly, "shipOn").Reason);

    [Theory]
    [InlineData("\"25:00:00\"")]
    [InlineData("\"noon\"")]
    public void ReadTimeOnly_rejects(string json) => Assert.Equal("expected a time of day (HH:mm:ss.FFFFFFF)", Fail(json, ContractJson.ReadTimeOnly).Reason);

    [Theory]
    [InlineData("\"1:60:00\"")]
    [InlineData("\"PT5M\"")]
    public void ReadTimeSpan_rejects(string json) => Assert.Equal("expected a duration ([-][d.]hh:mm:ss[.fffffff])", Fail(json, ContractJson.ReadTimeSpan).Reason);

    [Fact]
    public void ReadDateTimeOffset_rejects_an_invalid_date()
        => Assert.Equal("expected an ISO 8601 date and time with offset", Fail("\"2024-13-01T00:00:00Z\"", ContractJson.ReadDateTimeOffset).Reason);

    [Fact]
    public void Unknown_enum_member_names_the_value_and_the_enum()
    {
        var reader = ReaderOn("\"Teal\"");
        var context = new ContractReadContext();
        context.Enter("color");

        var error = ContractJson.UnknownEnumMember(ref reader, context, "Color");

        Assert.Equal("$.color", error.Path);
        Assert.Equal("'Teal' is not a member of enum Color", error.Reason);
    }

    [Fact]
    public void Readers_return_valid_values()
    {
        Assert.Equal(-7, Read("-7", ContractJson.ReadInt32));
        Assert.Equal(12.50m, Read("12.50", ContractJson.ReadDecimal));
        Assert.Equal("a\"b", Read("\"a\\\"b\"", ContractJson.ReadString));
        Assert.Equal(new DateOnly(2024, 2, 29), Read("\"2024-02-29\"", ContractJson.ReadDateOnly));
        Assert.Equal(new TimeOnly(7, 5), Read("\"07:05\"", ContractJson.ReadTimeOnly));
        Assert.Equal(new TimeSpan(1, 2, 3, 4), Read("\"1.02:03:04\"", ContractJson.ReadTimeSpan));
    }

    private static T Read<T>(string json, ValueReader<T> read)
    {
        var reader = ReaderOn(json);
        return read(ref reader, new ContractReadContext());
    }

    private static MessageFormatException Fail<T>(string json, ValueReader<T> read, params object[] path)
    {
        var context = new ContractReadContext();
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                context.EnterIndex(index);
            }
            else
            {
                context.Enter((string)segment);
            }
        }

        var reader = ReaderOn(json);
        try
        {
            read(ref reader, context);
        }
        catch (MessageFormatException exception)
        {
            return exception;
        }

        throw new Xunit.Sdk.XunitException($"Reading {json} should have failed.");
    }

    private static Utf8JsonReader ReaderOn(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        return reader;
    }
}
