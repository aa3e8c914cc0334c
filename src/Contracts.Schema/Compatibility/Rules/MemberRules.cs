using System;
using System.Collections.Generic;
using System.Linq;

namespace Contracts.Schema.Compatibility.Rules;

/// <summary>
/// FIELD_REMOVED, REQUIRED_FIELD_ADDED, WIRE_NAME_CHANGED, OPTIONAL_MADE_REQUIRED, REQUIRED_MADE_OPTIONAL:
/// whether every member the reader requires is always sent, then the member types one by one.
/// Members only the writer has are fine: readers skip unknown members.
/// </summary>
internal static class MemberRules
{
    public static void Compare(
        PairContext context,
        IReadOnlyList<MemberSchema> reader,
        IReadOnlyList<MemberSchema> writer,
        string path)
    {
        var writerByName = new Dictionary<string, MemberSchema>(StringComparer.Ordinal);
        foreach (var member in writer)
        {
            writerByName[member.WireName] = member;
        }

        var readerNames = new HashSet<string>(reader.Select(m => m.WireName), StringComparer.Ordinal);
        var missing = reader.Where(m => m.Required && !writerByName.ContainsKey(m.WireName)).ToList();
        var extra = writer.Where(m => !readerNames.Contains(m.WireName)).ToList();

        foreach (var readerMember in reader)
        {
            var memberPath = JsonPath.Member(path, readerMember.WireName);
            if (!writerByName.TryGetValue(readerMember.WireName, out var writerMember))
            {
                if (readerMember.Required)
                {
                    ReportMissing(context, readerMember, memberPath, context.GuessRenames ? RenameCandidate(readerMember, missing, extra) : null);
                }

                continue;
            }

            if (readerMember.Required && !writerMember.Required)
            {
                ReportMadeOptional(context, readerMember, memberPath);
            }

            // A writer that leaves null members out never sends null here: the reader sees the member absent instead,
            // which the optionality check above already judged.
            var writerType = context.Semantics.WriterOmitsNullMembers ? writerMember.Type with { Nullable = false } : writerMember.Type;
            TypeRules.Compare(context, readerMember.Type, writerType, memberPath, RuleIds.TypeChanged);
        }
    }

    // A rename is indistinguishable on the wire from a removal plus an addition; this only names the more likely
    // cause when the pairing is unambiguous (one missing and one new member of one identical type). It never
    // changes a verdict: the member is reported either way.
    private static MemberSchema? RenameCandidate(MemberSchema member, List<MemberSchema> missing, List<MemberSchema> extra)
    {
        var sameTypeMissing = missing.Count(m => m.Type.Equals(member.Type));
        var sameTypeExtra = extra.Where(m => m.Type.Equals(member.Type)).ToList();
        return sameTypeMissing == 1 && sameTypeExtra.Count == 1 ? sameTypeExtra[0] : null;
    }

    private static void ReportMissing(PairContext context, MemberSchema member, string path, MemberSchema? renamedTo)
    {
        if (renamedTo is not null)
        {
            var rename = Rename(context, member, renamedTo);
            context.Report(
                RuleIds.WireNameChanged,
                path,
                $"{context.R} requires '{member.WireName}' ({member.Type}), but {context.W} sends '{renamedTo.WireName}' of the same type instead: "
                + $"the wire name changed. Pin the old name with [WireName(\"{rename.OldWireName}\")] or bump the version.",
                rename);
            return;
        }

        if (context.Changed == ChangedSide.Writer)
        {
            context.Report(
                RuleIds.FieldRemoved,
                path,
                $"{context.W} no longer sends '{member.WireName}' ({member.Type}), which {context.R} requires.");
        }
        else
        {
            context.Report(
                RuleIds.RequiredFieldAdded,
                path,
                $"{context.R} requires '{member.WireName}' ({member.Type}), which {context.W} does not send; make it optional (nullable or with a default).");
        }
    }

    // The changed side holds the new name: the writer's member when the writer changed, the reader's otherwise.
    private static MemberRename Rename(PairContext context, MemberSchema readerMember, MemberSchema writerMember) =>
        context.Changed == ChangedSide.Writer
            ? new MemberRename(readerMember.WireName, writerMember.WireName)
            : new MemberRename(writerMember.WireName, readerMember.WireName);

    private static void ReportMadeOptional(PairContext context, MemberSchema member, string path)
    {
        if (context.Changed == ChangedSide.Writer)
        {
            context.Report(
                RuleIds.RequiredMadeOptional,
                path,
                $"{context.W} may omit '{member.WireName}' (optional there), which {context.R} requires.");
        }
        else
        {
            context.Report(
                RuleIds.OptionalMadeRequired,
                path,
                $"{context.R} requires '{member.WireName}', which {context.W} may omit (optional there).");
        }
    }
}
