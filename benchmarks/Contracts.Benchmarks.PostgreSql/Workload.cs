namespace Contracts.Benchmarks.PostgreSql;

/// <summary>Where the servers are: the same variables the tests read, with the same local defaults.</summary>
internal static class Workload
{
    public static string Postgres =>
        Environment.GetEnvironmentVariable("CONTRACTS_POSTGRES") is { Length: > 0 } cs ? cs : "Host=127.0.0.1;Port=55432;Username=postgres";

    public static string RabbitMq =>
        Environment.GetEnvironmentVariable("CONTRACTS_RABBITMQ") is { Length: > 0 } uri ? uri : "amqp://guest:guest@127.0.0.1:5672/";
}
