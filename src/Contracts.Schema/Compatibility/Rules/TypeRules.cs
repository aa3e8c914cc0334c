namespace Contracts.Schema.Compatibility.Rules;

/// <summary>
/// TYPE_CHANGED, NULLABILITY_CHANGED, COLLECTION_ELEMENT_CHANGED, MAP_VALUE_CHANGED, and the descent into
/// enums and nested objects. <c>mismatchRule</c> names a plain type mismatch by where it happens (a member,
/// an array item, a map value), so the reader of the diagnostic sees which layer changed.
/// </summary>
internal static class TypeRules
{
    public static void Compare(PairContext context, TypeSchema reader, TypeSchema writer, string path, string mismatchRule)
    {
        if (writer.Nullable && !reader.Nullable)
        {
            context.Report(
                RuleIds.NullabilityChanged,
                path,
                $"{context.W} may send null at {path} ({writer}), which {context.R} does not accept ({reader}).");
        }

        switch (reader, writer)
        {
            case (PrimitiveTypeSchema r, PrimitiveTypeSchema w):
                ComparePrimitives(context, r, w, path, mismatchRule);
                break;

            case (PrimitiveTypeSchema { Kind: PrimitiveKind.String }, EnumTypeSchema w):
                // Enums travel as strings: a string reader reads every member; only resolving the writer's enum is checked.
                if (context.Writer.FindEnum(w.Name) is null)
                {
                    ReportUnresolved(context, path, context.W, "enum", w.Name);
                }

                break;

            case (EnumTypeSchema r, EnumTypeSchema w):
                EnumRules.Compare(context, r.Name, w.Name, path);
                break;

            case (ObjectTypeSchema r, ObjectTypeSchema w):
                CompareObjects(context, r.Name, w.Name, path);
                break;

            case (ArrayTypeSchema r, ArrayTypeSchema w):
                Compare(context, r.Element, w.Element, JsonPath.ArrayItem(path), RuleIds.CollectionElementChanged);
                break;

            case (MapTypeSchema r, MapTypeSchema w):
                Compare(context, r.Value, w.Value, JsonPath.MapValue(path), RuleIds.MapValueChanged);
                break;

            default:
                ReportMismatch(context, reader, writer, path, mismatchRule);
                break;
        }
    }

    private static void ComparePrimitives(PairContext context, PrimitiveTypeSchema reader, PrimitiveTypeSchema writer, string path, string mismatchRule)
    {
        var semantics = context.Semantics;
        if (semantics.ReaderIsJavaScript && JavaScriptNumbers.LosesPrecision(reader.Kind, writer.Kind))
        {
            context.Report(
                RuleIds.JavaScriptNumberPrecision,
                path,
                $"{context.W} sends {writer} at {path}, which {context.R} parses with JavaScript's JSON.parse into a double ({reader}): "
                + JavaScriptNumbers.Loss(writer.Kind) + ".");
            return;
        }

        if (semantics.WriterIsJavaScript && JavaScriptNumbers.ReadsExactly(reader.Kind, writer.Kind))
        {
            return;
        }

        if (!PrimitiveWidening.CanRead(reader.Kind, writer.Kind))
        {
            ReportMismatch(context, reader, writer, path, mismatchRule);
        }
    }

    private static void CompareObjects(PairContext context, string readerName, string writerName, string path)
    {
        var readerObject = context.Reader.FindObject(readerName);
        var writerObject = context.Writer.FindObject(writerName);
        if (readerObject is null || writerObject is null)
        {
            if (readerObject is null)
            {
                ReportUnresolved(context, path, context.R, "object", readerName);
            }

            if (writerObject is null)
            {
                ReportUnresolved(context, path, context.W, "object", writerName);
            }

            return;
        }

        // A recursive type meets itself again here; its members are already being compared one level up.
        if (!context.TryEnterObjects(readerName, writerName, path))
        {
            return;
        }

        MemberRules.Compare(context, readerObject.Members, writerObject.Members, path);
        context.ExitObjects(readerName, writerName);
    }

    private static void ReportMismatch(PairContext context, TypeSchema reader, TypeSchema writer, string path, string rule)
    {
        var what = rule switch
        {
            RuleIds.CollectionElementChanged => "array items",
            RuleIds.MapValueChanged => "map values",
            _ => "values",
        };

        context.Report(
            rule,
            path,
            $"{context.W} sends {what} at {path} as {writer}, which {context.R} reads as {reader} and cannot read "
            + "(not an allowed widening; see docs/compatibility.md).");
    }

    internal static void ReportUnresolved(PairContext context, string path, string contract, string kind, string name) =>
        context.Report(RuleIds.SchemaInvalid, path, $"{contract} uses {kind}:{name} at {path} but does not define it.");
}
