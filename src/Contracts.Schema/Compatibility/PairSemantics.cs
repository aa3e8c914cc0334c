namespace Contracts.Schema.Compatibility;

/// <summary>
/// What the two sides of a compared pair do on the wire beyond their schemas, when the caller knows it (the
/// cross-service gate knows each service's language from its manifest). <see cref="Strict"/>, the default, assumes
/// nothing: every nullable member may be sent as null, and every reader reads numbers at their declared kind.
/// </summary>
/// <param name="WriterOmitsNullMembers">The writer leaves a member out instead of sending <c>null</c>, as Contracts'
/// .NET writers do for a nullable member (array items and map values are still written as null). A reader that does not
/// accept null at that member then only needs to tolerate its absence.</param>
/// <param name="ReaderIsJavaScript">The reader parses JSON with JavaScript's <c>JSON.parse</c>: every number becomes a
/// double, whatever its schema says. An int64 or decimal writer is then readable, with a precision warning
/// (<see cref="RuleIds.JavaScriptNumberPrecision"/>) instead of a type error.</param>
/// <param name="WriterIsJavaScript">The writer is a JavaScript service: its numbers are doubles it already holds, so a
/// decimal reader reads them as exactly as they were sent.</param>
public sealed record PairSemantics(bool WriterOmitsNullMembers = false, bool ReaderIsJavaScript = false, bool WriterIsJavaScript = false)
{
    /// <summary>Nothing assumed beyond the schemas.</summary>
    public static PairSemantics Strict { get; } = new();
}
