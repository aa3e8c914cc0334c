using System;

namespace Contracts.RabbitMQ;

/// <summary>Waits between reconnect attempts: quick at first (a broker restart takes seconds), capped at one second.</summary>
internal static class Backoff
{
    public static TimeSpan Of(int attempt) => TimeSpan.FromMilliseconds(Math.Min(1000, 50 * (1 << Math.Min(attempt, 5))));
}
