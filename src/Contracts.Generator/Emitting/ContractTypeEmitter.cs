using System;
using System.Linq;
using Contracts.Generator.Specs;

using Contracts.Schema;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits a record's contract: <c>IContractType&lt;T&gt;</c> (and <c>IMessage&lt;T&gt;</c> for messages) implemented
/// explicitly, so the user's type gains no public members, with a strict reader and a writer that never sends what the
/// reader would reject.
/// </summary>
internal static class ContractTypeEmitter
{
    public static string Emit(ContractTypeSpec spec)
    {
        var writer = FileHeader.Start(jsonAlias: true);
        var self = spec.Declaration.FullyQualifiedName;

        // What referencing compilations read instead of this source: the wire identity and the members.
        if (spec.Message is { } message)
        {
            writer.Line($"[assembly: global::Contracts.Serialization.ContractMessage({FileHeader.Literal(message.Name)}, {message.Version}, typeof({self}))]");
        }

        writer.Line($"[assembly: global::Contracts.Serialization.ContractType(typeof({self}), {FileHeader.Literal(ContractAttributeText.Members(SpecSchemas.Object(spec)))})]");
        writer.Line();

        var contract = spec.Message is null ? $"{KnownNames.ContractType}<{self}>" : $"{KnownNames.MessageInterface}<{self}>";
        using (FileHeader.OpenType(writer, spec.Declaration, contract))
        {
            if (spec.Message is { } info)
            {
                writer.Line($"private static readonly {KnownNames.Descriptor} __contractDescriptor = new({FileHeader.Literal(info.Name)}, {info.Version}, {FileHeader.Literal(info.Fingerprint ?? throw new InvalidOperationException("the schema fingerprint of " + info.Name + " could not be computed"))});");
                writer.Line();
                writer.Line($"static {KnownNames.Descriptor} {KnownNames.MessageInterface}<{self}>.ContractDescriptor => __contractDescriptor;");
                writer.Line();
            }

            EmitWrite(writer, spec, self);
            writer.Line();
            EmitRead(writer, spec, self);
        }

        return writer.ToString();
    }

    private static void EmitWrite(SourceWriter writer, ContractTypeSpec spec, string self)
    {
        using (writer.Block($"static void {KnownNames.ContractType}<{self}>.WriteContract({KnownNames.Writer} writer, {self} value)"))
        {
            writer.Line("writer.WriteStartObject();");
            foreach (var member in spec.Members)
            {
                var access = "value." + member.PropertyName;
                var name = $"writer.WritePropertyName({FileHeader.Utf8Literal(member.WireName)});";
                if (member.Type.IsNullable)
                {
                    // Absent and null read the same for an optional member; leaving it out keeps bodies small.
                    var local = "__" + member.PropertyName.TrimStart('@');
                    using (writer.Block($"if ({access} is {{ }} {local})"))
                    {
                        writer.Line(name);
                        ValueWriterEmitter.Write(writer, ValueWriterEmitter.NonNullable(member.Type), local, 0);
                    }

                    continue;
                }

                if (!member.Type.IsValueType)
                {
                    using (writer.Block($"if ({access} is null)"))
                    {
                        writer.Line($"throw {KnownNames.Json}.NullMember({FileHeader.Literal(member.WireName)});");
                    }
                }

                writer.Line(name);
                ValueWriterEmitter.Write(writer, member.Type, access, 0);
            }

            writer.Line("writer.WriteEndObject();");
        }
    }

    private static void EmitRead(SourceWriter writer, ContractTypeSpec spec, string self)
    {
        using (writer.Block($"static {self} {KnownNames.ContractType}<{self}>.ReadContract(ref {KnownNames.Reader} reader, {KnownNames.ReadContext} context)"))
        {
            var members = spec.Members;
            for (var i = 0; i < members.Count; i++)
            {
                writer.Line($"{members[i].Type.TypeName} __v{i} = {members[i].DefaultExpression};");
                writer.Line($"bool __has{i} = false;");
            }

            writer.Line($"{KnownNames.Json}.ExpectStartObject(ref reader, context);");
            using (writer.Block($"while ({KnownNames.Json}.NextProperty(ref reader, context))"))
            {
                for (var i = 0; i < members.Count; i++)
                {
                    var member = members[i];
                    using (writer.Block($"{(i == 0 ? "if" : "else if")} (reader.ValueTextEquals({FileHeader.Utf8Literal(member.WireName)}))"))
                    {
                        writer.Line($"{KnownNames.Json}.BeginMember(ref reader, context, {FileHeader.Literal(member.WireName)}, ref __has{i});");
                        ValueReaderEmitter.Read(writer, member.Type, $"__v{i}", 0);
                        writer.Line("context.Leave();");
                    }
                }

                using (writer.Block(members.Count == 0 ? null : "else"))
                {
                    writer.Line($"{KnownNames.Json}.SkipValue(ref reader, context);");
                }
            }

            for (var i = 0; i < members.Count; i++)
            {
                if (members[i].Required)
                {
                    using (writer.Block($"if (!__has{i})"))
                    {
                        writer.Line($"throw context.MissingRequired({FileHeader.Literal(members[i].WireName)});");
                    }
                }
            }

            EmitConstruction(writer, spec, self);
        }
    }

    private static void EmitConstruction(SourceWriter writer, ContractTypeSpec spec, string self)
    {
        var members = spec.Members.Select((member, index) => (member, index)).ToList();
        var arguments = string.Join(", ", members.Where(m => m.member.Binding == MemberBinding.Constructor).Select(m => "__v" + m.index));
        var initialized = members.Where(m => m.member.Binding == MemberBinding.Initializer).ToList();
        if (initialized.Count == 0)
        {
            writer.Line($"var __result = new {self}({arguments});");
        }
        else
        {
            writer.Line($"var __result = new {self}({arguments})");
            writer.OpenBlock();
            foreach (var (member, index) in initialized)
            {
                writer.Line($"{member.PropertyName} = __v{index},");
            }

            writer.CloseBlock(";");
        }

        // An init-only property with its own initializer keeps that value unless the message carries one.
        foreach (var (member, index) in members.Where(m => m.member.Binding == MemberBinding.WithWhenPresent))
        {
            using (writer.Block($"if (__has{index})"))
            {
                writer.Line($"__result = __result with {{ {member.PropertyName} = __v{index} }};");
            }
        }

        writer.Line("return __result;");
    }
}
