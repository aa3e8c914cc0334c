using System;
using System.Linq;

namespace Contracts.Schema.Compatibility.Rules;

/// <summary>
/// ENUM_MEMBER_ADDED / ENUM_MEMBER_REMOVED: every member the writer may send must be known to the reader, unless
/// the reader declares a fallback member for strings it does not know. Enum names are not on the wire, so two
/// enums with different names but the same members are the same to a reader.
/// </summary>
internal static class EnumRules
{
    public static void Compare(PairContext context, string readerName, string writerName, string path)
    {
        var reader = context.Reader.FindEnum(readerName);
        var writer = context.Writer.FindEnum(writerName);
        if (reader is null)
        {
            TypeRules.ReportUnresolved(context, path, context.R, "enum", readerName);
        }

        if (writer is null)
        {
            TypeRules.ReportUnresolved(context, path, context.W, "enum", writerName);
        }

        if (reader is null || writer is null || reader.Fallback is not null)
        {
            return;
        }

        foreach (var member in writer.Members.Where(m => !reader.Members.Contains(m, StringComparer.Ordinal)))
        {
            if (context.Changed == ChangedSide.Writer)
            {
                context.Report(
                    RuleIds.EnumMemberAdded,
                    path,
                    $"{context.W} may send '{member}' at {path} (enum:{writer.Name}), which {context.R} does not know (enum:{reader.Name}) and has no fallback for.");
            }
            else
            {
                context.Report(
                    RuleIds.EnumMemberRemoved,
                    path,
                    $"{context.R} does not know '{member}' at {path} (enum:{reader.Name}), which {context.W} may send (enum:{writer.Name}); the reader must know every member the writer may send.");
            }
        }
    }
}
