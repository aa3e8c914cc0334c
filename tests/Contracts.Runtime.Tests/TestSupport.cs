using System.Text;

namespace Contracts.Runtime.Tests;

/// <summary>Small helpers shared by the tests.</summary>
internal static class TestSupport
{
    // A safety net so a broken runtime fails the test instead of hanging the run; never a timing assertion.
    private static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(10);

    public static Task Safe(this Task task) => task.WaitAsync(SafetyTimeout);

    public static Task<T> Safe<T>(this Task<T> task) => task.WaitAsync(SafetyTimeout);

    public static Task Safe(this ValueTask task) => task.AsTask().WaitAsync(SafetyTimeout);

    /// <summary>A transport message with a complete envelope for <paramref name="key"/>.</summary>
    public static TransportMessage Envelope(MessageKey key, string? id = null, string body = "{}")
        => new(
            new Dictionary<string, string>
            {
                [EnvelopeHeaders.MessageName] = key.Name,
                [EnvelopeHeaders.MessageVersion] = key.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [EnvelopeHeaders.MessageId] = id ?? Guid.NewGuid().ToString("N"),
                [EnvelopeHeaders.ContentType] = EnvelopeHeaders.JsonContentType,
            },
            Encoding.UTF8.GetBytes(body));

    public static string Id(this TransportMessage message) => message.Headers[EnvelopeHeaders.MessageId];
}
