using System;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts.PostgreSql;

/// <summary>An auto-reset wake-up for the relay: many <see cref="Set"/> calls before one wait count as one.</summary>
internal sealed class RelaySignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Set()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already set: the relay will look once, which covers every commit up to now.
        }
    }

    /// <summary>Waits until <see cref="Set"/> or <paramref name="timeout"/>; cancellation ends the wait quietly.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _semaphore.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the caller's loop sees the token.
        }
    }
}
