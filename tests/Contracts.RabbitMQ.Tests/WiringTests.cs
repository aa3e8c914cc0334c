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
    }
}
