using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Contracts.Schema.Compatibility;

using Contracts.Schema.Manifest.Json;

namespace Contracts.Schema.Manifest;

/// <summary>
/// Writes a manifest in its one canonical form: messages sorted by name then version, members by wire name,
/// objects and enums by name (enum members keep their declared order: it is part of the enum), one contract
/// member per line so that adding or removing a member is a one-line diff. Equal input gives equal bytes.
/// </summary>
public static class ManifestWriter
{
    /// <summary>The canonical text of <paramref name="manifest"/>.</summary>
    public static string Write(ContractManifest manifest)
    {
        var json = new JsonTextWriter();
        json.Open("{");
        json.Line(Prop(ManifestNames.Format, Int(ContractManifest.CurrentFormat)) + ",");
        json.Line(Prop(ManifestNames.Service, Str(manifest.Service)) + ",");
        if (manifest.Language is not null)
        {
            json.Line(Prop(ManifestNames.Language, Str(manifest.Language)) + ",");
        }

        var messages = manifest.Messages
            .OrderBy(m => m.Schema.Name, StringComparer.Ordinal)
            .ThenBy(m => m.Schema.Version)
            .ThenBy(m => m.Role)
            .ToList();
        WriteArray(json, ManifestNames.Messages, messages, WriteMessage, last: true);
        json.Close("}");
        return json.ToString();
    }

    private static void WriteMessage(JsonTextWriter json, ManifestMessage message)
    {
        var schema = message.Schema;
        json.Line(Prop(ManifestNames.Name, Str(schema.Name)) + ",");
        json.Line(Prop(ManifestNames.Version, Int(schema.Version)) + ",");
        json.Line(Prop(ManifestNames.Role, Str(ManifestNames.RoleName(message.Role))) + ",");
        json.Line(Prop(ManifestNames.Compatibility, Str(ManifestNames.ModeName(schema.Compatibility))) + ",");
        WriteMigration(json, message);
        WriteShape(json, schema, last: message.History.IsEmpty);

        // Only when there is some, so that a lock without history is the same text it always was. Oldest first,
        // not sorted: the order is the order of the revisions. Name, version and mode are the message's.
        if (!message.History.IsEmpty)
        {
            WriteArray(json, ManifestNames.History, message.History.ToList(), (j, entry) => WriteShape(j, entry, last: true), last: true);
        }
    }

    // Only when there are some, as for history: a lock without renames or upcasters is the text it always was.
    private static void WriteMigration(JsonTextWriter json, ManifestMessage message)
    {
        if (!message.Aliases.IsEmpty)
        {
            WriteLines(json, ManifestNames.Aliases, message.Aliases.OrderBy(a => a, StringComparer.Ordinal).Select(Str).ToList(), last: false);
        }

        if (!message.UpcastFrom.IsEmpty)
        {
            var sources = message.UpcastFrom.OrderBy(u => u.Name, StringComparer.Ordinal).ThenBy(u => u.Version)
                .Select(u => "{ " + Prop(ManifestNames.Name, Str(u.Name)) + ", " + Prop(ManifestNames.Version, Int(u.Version)) + " }")
                .ToList();
            WriteLines(json, ManifestNames.UpcastFrom, sources, last: false);
        }
    }

    // The wire shape of one schema: the message's own, or one of its history entries.
    private static void WriteShape(JsonTextWriter json, ContractSchema schema, bool last)
    {
        WriteMembers(json, schema.Members, last: false);
        WriteArray(json, ManifestNames.Objects, schema.Objects.OrderBy(o => o.Name, StringComparer.Ordinal).ToList(), WriteObject, last: false);
        WriteArray(json, ManifestNames.Enums, schema.Enums.OrderBy(e => e.Name, StringComparer.Ordinal).ToList(), WriteEnum, last);
    }

    private static void WriteObject(JsonTextWriter json, ObjectSchema type)
    {
        json.Line(Prop(ManifestNames.Name, Str(type.Name)) + ",");
        WriteMembers(json, type.Members, last: true);
    }

    private static void WriteEnum(JsonTextWriter json, EnumSchema type)
    {
        json.Line(Prop(ManifestNames.Name, Str(type.Name)) + ",");
        if (type.Fallback is not null)
        {
            json.Line(Prop(ManifestNames.Fallback, Str(type.Fallback)) + ",");
        }

        WriteLines(json, ManifestNames.Members, type.Members.Select(Str).ToList(), last: true);
    }

    private static void WriteMembers(JsonTextWriter json, IEnumerable<MemberSchema> members, bool last)
    {
        var lines = members
            .OrderBy(m => m.WireName, StringComparer.Ordinal)
            .Select(m => "{ " + Prop(ManifestNames.WireName, Str(m.WireName))
                + ", " + Prop(ManifestNames.Type, Str(m.Type.ToString()))
                + ", " + Prop(ManifestNames.Required, m.Required ? "true" : "false") + " }")
            .ToList();
        WriteLines(json, ManifestNames.Members, lines, last);
    }

    // An array of one-line values: a member, an enum member.
    private static void WriteLines(JsonTextWriter json, string name, IReadOnlyList<string> lines, bool last)
    {
        if (lines.Count == 0)
        {
            json.Line(Prop(name, "[]") + Comma(last));
            return;
        }

        json.Open(Prop(name, "["));
        for (var i = 0; i < lines.Count; i++)
        {
            json.Line(lines[i] + Comma(i == lines.Count - 1));
        }

        json.Close("]" + Comma(last));
    }

    // An array of multi-line objects: a message, a nested type, an enum.
    private static void WriteArray<T>(JsonTextWriter json, string name, IReadOnlyList<T> items, Action<JsonTextWriter, T> writeBody, bool last)
    {
        if (items.Count == 0)
        {
            json.Line(Prop(name, "[]") + Comma(last));
            return;
        }

        json.Open(Prop(name, "["));
        for (var i = 0; i < items.Count; i++)
        {
            json.Open("{");
            writeBody(json, items[i]);
            json.Close("}" + Comma(i == items.Count - 1));
        }

        json.Close("]" + Comma(last));
    }

    private static string Comma(bool last) => last ? "" : ",";

    private static string Prop(string name, string raw) => JsonTextWriter.Property(name, raw);

    private static string Str(string value) => JsonTextWriter.Quote(value);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
