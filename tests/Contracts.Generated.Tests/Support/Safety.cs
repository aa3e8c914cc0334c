namespace Contracts.Generated.Tests;

/// <summary>Safety nets so a broken runtime fails a test instead of hanging the run; never a timing assertion.</summary>
internal static class Safety
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static Task Safe(this Task task) => task.WaitAsync(Timeout);

    public static Task Safe(this ValueTask task) => task.AsTask().WaitAsync(Timeout);
}
