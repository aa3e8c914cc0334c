using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Contracts.Runtime.Tests;

/// <summary>Keeps every log entry so tests can check what the runtime reports.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyCollection<Entry> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(_entries);

    public void Dispose()
    {
    }

    public sealed record Entry(LogLevel Level, string Message, Exception? Exception);

    private sealed class Logger(ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => entries.Enqueue(new Entry(logLevel, formatter(state, exception), exception));
    }
}
