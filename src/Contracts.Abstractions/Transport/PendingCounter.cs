using System.Threading;
using System.Threading.Tasks;

namespace Contracts;

/// <summary>
/// Counts deliveries that are queued or being handled, and completes waiters when the count returns to zero.
/// A consumer that publishes does so before its own delivery is counted done, so a chain of messages never looks idle
/// half-way through.
/// </summary>
internal sealed class PendingCounter
{
    private readonly object _gate = new();
    private long _pending;
    private TaskCompletionSource? _idle;

    public void Add()
    {
        lock (_gate)
        {
            _pending++;
        }
    }

    public void Done()
    {
        TaskCompletionSource? idle = null;
        lock (_gate)
        {
            if (--_pending == 0)
            {
                (idle, _idle) = (_idle, null);
            }
        }

        // Outside the lock: waiters' continuations run asynchronously anyway, but nothing should run under it.
        idle?.TrySetResult();
    }

    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_pending == 0)
            {
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }
}
