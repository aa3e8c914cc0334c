using System.Text.Json;
using Contracts.Serialization;

namespace Contracts.Runtime.Tests;

// These types stand in for the code the generator will emit, written by hand so the runtime is tested alone,
// without the generator. They call the same ContractJson helpers and follow the same IContractType contract.

/// <summary>A test message: required members, a list of nested records, the time types and one optional member.</summary>
public sealed record TestOrder(
    Guid OrderId, IReadOnlyList<TestLine> Lines, DateOnly ShipOn, TimeOnly ShipAt, TimeSpan Window, string? Note = null)
    : IMessage<TestOrder>
{
    public static MessageDescriptor ContractDescriptor { get; } = new("tests.order-placed", 1, "0f1e2d3c");

    public static MessageKey Key => ContractDescriptor.Key;

    public static TestOrder Sample(string? note = null) => new(
        Guid.NewGuid(), [new TestLine("sku-1", 2)], new DateOnly(2024, 2, 29), new TimeOnly(13, 45, 30), TimeSpan.FromMinutes(90), note);

    public static void WriteContract(Utf8JsonWriter writer, TestOrder value)
    {
        writer.WriteStartObject();
        writer.WriteString("orderId", value.OrderId);
        writer.WriteStartArray("lines");
        foreach (var line in value.Lines)
        {
            TestLine.WriteContract(writer, line);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("shipOn");
        ContractJson.WriteDateOnly(writer, value.ShipOn);
        writer.WritePropertyName("shipAt");
        ContractJson.WriteTimeOnly(writer, value.ShipAt);
        writer.WritePropertyName("window");
        ContractJson.WriteTimeSpan(writer, value.Window);
        if (value.Note is not null)
        {
            writer.WriteString("note", value.Note);
        }

        writer.WriteEndObject();
    }

    public static TestOrder ReadContract(ref Utf8JsonReader reader, ContractReadContext context)
    {
        ContractJson.ExpectStartObject(ref reader, context);
        Guid? orderId = null;
        List<TestLine>? lines = null;
        DateOnly? shipOn = null;
        TimeOnly? shipAt = null;
        TimeSpan? window = null;
        string? note = null;
        while (ContractJson.NextProperty(ref reader, context))
        {
            if (reader.ValueTextEquals("orderId"u8))
            {
                orderId = HandWritten.Member(ref reader, context, "orderId", orderId.HasValue, ContractJson.ReadGuid);
            }
            else if (reader.ValueTextEquals("lines"u8))
            {
                lines = HandWritten.Member(ref reader, context, "lines", lines is not null, HandWritten.ReadList<TestLine>);
            }
            else if (reader.ValueTextEquals("shipOn"u8))
            {
                shipOn = HandWritten.Member(ref reader, context, "shipOn", shipOn.HasValue, ContractJson.ReadDateOnly);
            }
            else if (reader.ValueTextEquals("shipAt"u8))
            {
                shipAt = HandWritten.Member(ref reader, context, "shipAt", shipAt.HasValue, ContractJson.ReadTimeOnly);
            }
            else if (reader.ValueTextEquals("window"u8))
            {
                window = HandWritten.Member(ref reader, context, "window", window.HasValue, ContractJson.ReadTimeSpan);
            }
            else if (reader.ValueTextEquals("note"u8))
            {
                note = HandWritten.Member(ref reader, context, "note", note is not null, HandWritten.ReadNullableString);
            }
            else
            {
                ContractJson.SkipValue(ref reader, context);
            }
        }

        return new TestOrder(
            orderId ?? throw context.MissingRequired("orderId"),
            lines ?? throw context.MissingRequired("lines"),
            shipOn ?? throw context.MissingRequired("shipOn"),
            shipAt ?? throw context.MissingRequired("shipAt"),
            window ?? throw context.MissingRequired("window"),
            note);
    }
}

/// <summary>A nested contract record.</summary>
public sealed record TestLine(string Sku, int Quantity) : IContractType<TestLine>
{
    public static void WriteContract(Utf8JsonWriter writer, TestLine value)
    {
        writer.WriteStartObject();
        writer.WriteString("sku", value.Sku);
        writer.WriteNumber("quantity", value.Quantity);
        writer.WriteEndObject();
    }

    public static TestLine ReadContract(ref Utf8JsonReader reader, ContractReadContext context)
    {
        ContractJson.ExpectStartObject(ref reader, context);
        string? sku = null;
        int? quantity = null;
        while (ContractJson.NextProperty(ref reader, context))
        {
            if (reader.ValueTextEquals("sku"u8))
            {
                sku = HandWritten.Member(ref reader, context, "sku", sku is not null, ContractJson.ReadString);
            }
            else if (reader.ValueTextEquals("quantity"u8))
            {
                quantity = HandWritten.Member(ref reader, context, "quantity", quantity.HasValue, ContractJson.ReadInt32);
            }
            else
            {
                ContractJson.SkipValue(ref reader, context);
            }
        }

        return new TestLine(sku ?? throw context.MissingRequired("sku"), quantity ?? throw context.MissingRequired("quantity"));
    }
}

/// <summary>Reads one value at the reader's current token (ref structs cannot be captured, so readers are passed this way).</summary>
public delegate T ValueReader<out T>(ref Utf8JsonReader reader, ContractReadContext context);

/// <summary>The member-reading steps the generated code would inline, folded here to keep the stand-ins short.</summary>
public static class HandWritten
{
    public static T Member<T>(ref Utf8JsonReader reader, ContractReadContext context, string wireName, bool seen, ValueReader<T> read)
    {
        context.Enter(wireName);
        if (seen)
        {
            throw context.Duplicate();
        }

        ContractJson.Next(ref reader, context);
        var value = read(ref reader, context);
        context.Leave();
        return value;
    }

    public static List<T> ReadList<T>(ref Utf8JsonReader reader, ContractReadContext context) where T : IContractType<T>
    {
        ContractJson.ExpectStartArray(ref reader, context);
        var list = new List<T>();
        while (ContractJson.NextElement(ref reader, context))
        {
            context.EnterIndex(list.Count);
            list.Add(T.ReadContract(ref reader, context));
            context.Leave();
        }

        return list;
    }

    public static string? ReadNullableString(ref Utf8JsonReader reader, ContractReadContext context)
        => reader.TokenType == JsonTokenType.Null ? null : ContractJson.ReadString(ref reader, context);
}
