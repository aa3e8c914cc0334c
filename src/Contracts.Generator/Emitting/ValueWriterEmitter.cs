using Contracts.Generator.Specs;
using Contracts.Schema;

namespace Contracts.Generator.Emitting;

/// <summary>Emits the statements that write one value of a wire type (recursing into collections).</summary>
internal static class ValueWriterEmitter
{
    public static void Write(SourceWriter writer, TypeSpec type, string expression, int depth)
    {
        if (type.IsNullable)
        {
            var local = "__n" + depth;
            using (writer.Block($"if ({expression} is {{ }} {local})"))
            {
                Write(writer, NonNullable(type), local, depth + 1);
            }

            using (writer.Block("else"))
            {
                writer.Line("writer.WriteNullValue();");
            }

            return;
        }

        switch (type.Kind)
        {
            case WireKind.Primitive:
                writer.Line(PrimitiveWrite(WirePrimitives.Of(type.Primitive!.Value), expression));
                break;
            case WireKind.Enum:
                writer.Line($"{type.Helper}.Write(writer, {expression});");
                break;
            case WireKind.Object:
                writer.Line($"{KnownNames.Json}.WriteObject(writer, {expression});");
                break;
            case WireKind.Array:
            case WireKind.List:
                WriteArray(writer, type, expression, depth);
                break;
            case WireKind.Dictionary:
                WriteDictionary(writer, type, expression, depth);
                break;
        }
    }

    private static void WriteArray(SourceWriter writer, TypeSpec type, string expression, int depth)
    {
        var item = "__i" + depth;
        writer.Line("writer.WriteStartArray();");
        using (writer.Block($"foreach (var {item} in {expression})"))
        {
            Write(writer, type.Element!, item, depth + 1);
        }

        writer.Line("writer.WriteEndArray();");
    }

    private static void WriteDictionary(SourceWriter writer, TypeSpec type, string expression, int depth)
    {
        var entry = "__kv" + depth;
        writer.Line("writer.WriteStartObject();");
        using (writer.Block($"foreach (var {entry} in {expression})"))
        {
            writer.Line($"writer.WritePropertyName({entry}.Key);");
            Write(writer, type.Element!, entry + ".Value", depth + 1);
        }

        writer.Line("writer.WriteEndObject();");
    }

    public static TypeSpec NonNullable(TypeSpec type) => type with { IsNullable = false, TypeName = type.NonNullableTypeName };

    private static string PrimitiveWrite(WirePrimitive primitive, string expression) => primitive.WriteStyle switch
    {
        PrimitiveWriteStyle.Boolean => $"writer.WriteBooleanValue({expression});",
        PrimitiveWriteStyle.String => $"writer.WriteStringValue({expression});",
        PrimitiveWriteStyle.Helper => $"{KnownNames.Json}.{primitive.WriteHelper}(writer, {expression});",
        _ => $"writer.WriteNumberValue({expression});",
    };
}
