using Contracts.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Contracts.RabbitMQ.Tests;

/// <summary>How UseRabbitMq plugs into AddContracts; no broker needed (the transport connects on first use).</summary>
public sealed class WiringTests
{
    [Fact]
    public async Task UseRabbitMq_makes_the_rabbitmq_transport_the_one_messages_go_through()
    {
        var services = new ServiceCollection();
        services.AddContracts().UseRabbitMq(o => o.ConnectionString = "amqp://guest:guest@127.0.0.1:5999/");
        await using var provider = services.BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<RabbitMqTransport>(), provider.GetRequiredService<IMessageTransport>());
    }

    [Fact]
    public async Task The_last_Use_call_wins()
    {
        var services = new ServiceCollection();
        services.AddContracts().UseRabbitMq().UseInMemoryTransport();
        await using var provider = services.BuildServiceProvider();

        Assert.IsType<InMemoryTransport>(provider.GetRequiredService<IMessageTransport>());
    }

    [Theory]
    [InlineData("http://localhost/")]
    [InlineData("not a uri")]
    [InlineData("ftp://localhost/")]
    public void A_connection_string_that_is_not_amqp_fails_at_startup(string connectionString)
        => Assert.Throws<ArgumentException>(() => new ServiceCollection().AddContracts().UseRabbitMq(o => o.ConnectionString = connectionString));

    [Fact]
    public void Out_of_range_settings_fail_at_startup()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddContracts().UseRabbitMq(o => o.ConsumerConcurrency = 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddContracts().UseRabbitMq(o => o.MaxRetries = -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddContracts().UseRabbitMq(o => o.RetryDelay = TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddContracts().UseRabbitMq(o => o.MaxOutstandingConfirms = 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddContracts().UseRabbitMq(o => o.QueueType = (RabbitMqQueueType)7));
    }

    [Theory]
    [InlineData("")]
    [InlineData("rabbit 1:5672")]
    [InlineData("rabbit-1:port")]
    [InlineData("rabbit-1:5672/vhost")]
    public void A_cluster_endpoint_that_is_not_host_or_host_port_fails_at_startup(string endpoint)
        => Assert.Throws<ArgumentException>(() => new ServiceCollection().AddContracts().UseRabbitMq(o => o.Endpoints = ["rabbit-0:5672", endpoint]));

    [Fact]
    public void Cluster_endpoints_may_leave_out_the_port()
        => new ServiceCollection().AddContracts().UseRabbitMq(o => o.Endpoints = ["rabbit-1", "rabbit-2:5673", "rabbit-3"]);

    [Fact]
    public void The_defaults_are_quorum_queues_and_a_window_of_a_thousand_confirms()
    {
        var options = new RabbitMqOptions();
        Assert.Equal(RabbitMqQueueType.Quorum, options.QueueType);
        Assert.Equal(1_000, options.MaxOutstandingConfirms);
        Assert.Empty(options.Endpoints);
    }
}
