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
    // The count itself is lock-free: every message passes Add and Done, and only a return to zero needs the lock.
    private readonly object _gate = new();
    private long _pending;
    private TaskCompletionSource? _idle;

    public void Add() => Interlocked.Increment(ref _pending);

    public void Done()
    {
        if (Interlocked.Decrement(ref _pending) != 0)
        {
            return;
        }

        TaskCompletionSource? idle;
        lock (_gate)
        {
            // Another Add may have come in since the decrement; then that message's Done is the one to complete waiters.
            if (Interlocked.Read(ref _pending) != 0)
            {
                return;
            }

            (idle, _idle) = (_idle, null);
        }

        // Outside the lock: waiters' continuations run asynchronously anyway, but nothing should run under it.
        idle?.TrySetResult();
    }

    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // Read under the lock: a Done that reaches zero after this read takes the lock after us and sees the waiter.
            if (Interlocked.Read(ref _pending) == 0)
            {
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }
}
