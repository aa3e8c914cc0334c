using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace Contracts.CodeFixes.Infrastructure;

/// <summary>The member of a message's record that a diagnostic is about, found by its wire name (a property of the diagnostic).</summary>
internal sealed record DiagnosedMember(MessageDeclaration Message, RecordMember Member)
{
    /// <summary>
    /// The member named <paramref name="wireName"/> of the message at the diagnostic's location; null when there is no
    /// such message or member (a nested record's member, or a message compiled from metadata).
    /// </summary>
    public static async Task<DiagnosedMember?> FindAsync(Document document, Diagnostic diagnostic, string? wireName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(wireName)
            || await MessageDeclarations.FindAsync(document, diagnostic.Location.SourceSpan, cancellationToken).ConfigureAwait(false) is not { } message
            || await message.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return null;
        }

        var member = RecordMembers.Find(message.Syntax, model, wireName!, cancellationToken);
        return member is null ? null : new DiagnosedMember(message, member);
    }
}
