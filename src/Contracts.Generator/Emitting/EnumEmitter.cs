using System.Collections.Generic;
using Contracts.Generator.Specs;

using Contracts.Schema;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits the string converter of one enum. Internal to the assembly that uses it, so an enum from a referenced assembly
/// gets its own converter here and no public surface is added anywhere.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(EnumSpec spec)
    {
        var writer = FileHeader.Start(jsonAlias: true);
        var name = spec.ConverterName.Substring(spec.ConverterName.LastIndexOf('.') + 1);
        var fallback = spec.Fallback is { } f ? $", Fallback = {FileHeader.Literal(f.WireName)}" : string.Empty;
        writer.Line($"[assembly: global::Contracts.Serialization.ContractEnum(typeof({spec.TypeName}), {FileHeader.Literal(ContractAttributeText.EnumMembers(SpecSchemas.Enum(spec)))}{fallback})]");
        writer.Line();
        using (writer.Block("namespace Contracts.Generated"))
        using (writer.Block($"internal static class {name}"))
        {
            using (writer.Block($"public static void Write({KnownNames.Writer} writer, {spec.TypeName} value)"))
            {
                using (writer.Block("switch (value)"))
                {
                    // Aliases (two names, one value) write the first name: a switch may not repeat a constant.
                    var seen = new HashSet<string>();
                    foreach (var member in spec.Members)
                    {
                        if (seen.Add(member.Value))
                        {
                            writer.Line($"case {spec.TypeName}.{member.Name}: writer.WriteStringValue({FileHeader.Utf8Literal(member.WireName)}); return;");
                        }
                    }

                    writer.Line($"default: throw {KnownNames.Json}.UndefinedEnumValue({FileHeader.Literal(spec.DisplayName)}, (long)value);");
                }
            }

            writer.Line();
            using (writer.Block($"public static {spec.TypeName} Read(ref {KnownNames.Reader} reader, {KnownNames.ReadContext} context)"))
            {
                writer.Line($"{KnownNames.Json}.ExpectString(ref reader, context);");
                foreach (var member in spec.Members)
                {
                    using (writer.Block($"if (reader.ValueTextEquals({FileHeader.Utf8Literal(member.WireName)}))"))
                    {
                        writer.Line($"return {spec.TypeName}.{member.Name};");
                    }
                }

                // [EnumFallback]: a name this build does not know (a member the producer added later) reads as that member.
                writer.Line(spec.Fallback is { } known
                    ? $"return {spec.TypeName}.{known.Name};"
                    : $"throw {KnownNames.Json}.UnknownEnumMember(ref reader, context, {FileHeader.Literal(spec.DisplayName)});");
            }
        }

        return writer.ToString();
    }
}
