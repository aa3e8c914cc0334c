using Contracts.Generator.Specs;
using Contracts.Schema;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits the statements that read one value of a wire type into a target variable. The reader is on the value's first
/// token; afterwards it is on the value's last token (the contract of every ContractJson reader).
/// </summary>
internal static class ValueReaderEmitter
{
    public static void Read(SourceWriter writer, TypeSpec type, string target, int depth)
    {
        if (type.IsNullable)
        {
            using (writer.Block($"if (reader.TokenType == {KnownNames.TokenNull})"))
            {
                writer.Line($"{target} = null;");
            }

            using (writer.Block("else"))
            {
                Read(writer, ValueWriterEmitter.NonNullable(type), target, depth);
            }

            return;
        }

        switch (type.Kind)
        {
            case WireKind.Primitive:
                writer.Line($"{target} = {KnownNames.Json}.{WirePrimitives.Of(type.Primitive!.Value).ReadHelper}(ref reader, context);");
                break;
            case WireKind.Enum:
                writer.Line($"{target} = {type.Helper}.Read(ref reader, context);");
                break;
            case WireKind.Object:
                writer.Line($"{target} = {KnownNames.Json}.ReadObject<{type.TypeName}>(ref reader, context);");
                break;
            case WireKind.Array:
            case WireKind.List:
                ReadArray(writer, type, target, depth);
                break;
            case WireKind.Dictionary:
                ReadDictionary(writer, type, target, depth);
                break;
        }
    }

    private static void ReadArray(SourceWriter writer, TypeSpec type, string target, int depth)
    {
        var list = "__list" + depth;
        var item = "__item" + depth;
        var element = type.Element!;
        writer.Line($"{KnownNames.Json}.ExpectStartArray(ref reader, context);");
        writer.Line($"var {list} = new {KnownNames.List}<{element.TypeName}>();");
        using (writer.Block($"while ({KnownNames.Json}.NextElement(ref reader, context))"))
        {
            writer.Line($"context.EnterIndex({list}.Count);");
            writer.Line($"{element.TypeName} {item} = default!;");
            Read(writer, element, item, depth + 1);
            writer.Line($"{list}.Add({item});");
            writer.Line("context.Leave();");
        }

        writer.Line(type.Kind == WireKind.Array ? $"{target} = {list}.ToArray();" : $"{target} = {list};");
    }

    private static void ReadDictionary(SourceWriter writer, TypeSpec type, string target, int depth)
    {
        var map = "__map" + depth;
        var key = "__key" + depth;
        var item = "__item" + depth;
        var element = type.Element!;
        writer.Line($"{KnownNames.Json}.ExpectStartObject(ref reader, context);");
        writer.Line($"var {map} = new {KnownNames.Dictionary}<string, {element.TypeName}>({KnownNames.OrdinalComparer});");
        using (writer.Block($"while ({KnownNames.Json}.NextProperty(ref reader, context))"))
        {
            writer.Line($"var {key} = {KnownNames.Json}.ReadKey(ref reader, context);");
            writer.Line($"context.Enter({key});");
            using (writer.Block($"if ({map}.ContainsKey({key}))"))
            {
                writer.Line("throw context.Duplicate();");
            }

            writer.Line($"{KnownNames.Json}.Next(ref reader, context);");
            writer.Line($"{element.TypeName} {item} = default!;");
            Read(writer, element, item, depth + 1);
            writer.Line($"{map}.Add({key}, {item});");
            writer.Line("context.Leave();");
        }

        writer.Line($"{target} = {map};");
    }
}
