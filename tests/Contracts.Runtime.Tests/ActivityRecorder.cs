using System.Collections.Concurrent;
using System.Diagnostics;

namespace Contracts.Runtime.Tests;

/// <summary>Listens to the Contracts activity source (and the tests' own) so spans are created and can be inspected.</summary>
internal sealed class ActivityRecorder : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _stopped = new();

    private ActivityRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Contracts", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyCollection<Activity> Stopped => _stopped;

    public static ActivityRecorder Listen() => new();

    public void Dispose() => _listener.Dispose();
}
