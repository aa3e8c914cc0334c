using RabbitMQ.Client;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// Where a test's broker is: one node (<see cref="Broker.Single"/>) or every node of a cluster (<see cref="Broker.Cluster"/>),
/// with the credentials and virtual host of <see cref="ConnectionString"/>.
/// </summary>
internal sealed class BrokerTarget(string connectionString, IReadOnlyList<string> nodes)
{
    private readonly Lazy<Task<string?>> _unreachable = new(() => ProbeAsync(connectionString, nodes));

    /// <summary>The AMQP URI of the first node; its user, password and virtual host apply to every node.</summary>
    public string ConnectionString { get; } = connectionString;

    /// <summary>host:port of every node; one entry for a single broker.</summary>
    public IReadOnlyList<string> Nodes { get; } = nodes;

    public IList<AmqpTcpEndpoint> Endpoints => [.. Nodes.Select(n => AmqpTcpEndpoint.Parse(n))];

    /// <summary>Null when a node answered, else why none did (the probe runs once per test run).</summary>
    public Task<string?> UnreachableAsync() => _unreachable.Value;

    public ConnectionFactory Factory(bool automaticRecovery) => new()
    {
        Uri = new Uri(ConnectionString),
        AutomaticRecoveryEnabled = automaticRecovery,
        RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
    };

    /// <summary>Points the transport at this broker: the URI, and for a cluster the list of nodes to fail over between.</summary>
    public void Apply(RabbitMqOptions options)
    {
        options.ConnectionString = ConnectionString;
        options.Endpoints = Nodes.Count > 1 ? [.. Nodes] : [];
    }

    private static async Task<string?> ProbeAsync(string connectionString, IReadOnlyList<string> nodes)
    {
        try
        {
            var target = new BrokerTarget(connectionString, nodes);
            await using var connection = await target.Factory(automaticRecovery: false).CreateConnectionAsync(target.Endpoints, "contracts-tests-probe");
            return null;
        }
        catch (Exception exception)
        {
            return exception.GetBaseException().Message;
        }
    }
}
