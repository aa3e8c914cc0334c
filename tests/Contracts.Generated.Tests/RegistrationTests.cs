using Contracts.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Contracts.Generated.Tests;

/// <summary>What the generated <c>AddContracts()</c> of this project registers: no scanning, just what the code declares.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public void Consumers_are_scoped_and_the_publisher_is_a_singleton()
    {
        var services = new ServiceCollection().AddContracts().Services;

        Assert.All(
            new[] { typeof(ReserveStock), typeof(SendConfirmation), typeof(RunFlakyJob), typeof(ApplyPriceV1), typeof(ApplyPriceV2) },
            consumer => Assert.Equal(ServiceLifetime.Scoped, Assert.Single(services, d => d.ServiceType == consumer).Lifetime));
        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == typeof(TestPublisher)).Lifetime);
        Assert.DoesNotContain(services, d => d.ServiceType.IsAbstract && d.ServiceType.Name.StartsWith("RecordingConsumer", StringComparison.Ordinal));
    }

    [Fact]
    public void The_dispatcher_subscribes_the_assembly_endpoint_to_exactly_the_consumed_messages()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Inbox>();
        services.AddContracts();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var subscription = Assert.Single(provider.GetServices<IMessageDispatcher>()).Subscription;

        Assert.Equal("Contracts.Generated.Tests", subscription.Endpoint);
        Assert.Equal(
            new[]
            {
                ("billing.invoice-issued", 1), ("billing.invoice-issued", 2), ("billing.invoice-issued", 3),
                ("catalog.price-changed", 1), ("catalog.price-changed", 2), ("orders.order-placed", 1),
                ("shipping.crate-dispatched", 1), ("shipping.crate-shipped", 1), ("tests.flaky-job", 1),
            },
            subscription.Messages.Select(k => (k.Name, k.Version)).Order());
    }

    [Fact]
    public void Calling_AddContracts_twice_registers_everything_once()
    {
        var services = new ServiceCollection();
        services.AddContracts();
        var count = services.Count;

        services.AddContracts();

        Assert.Equal(count, services.Count);
    }
}
