using Contracts.Drift;
using Contracts.Generated;
using Contracts.Hosting;
using Contracts.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RabbitMQ.Client;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// Drift over RabbitMQ: the service's generated dispatcher, given (by hand, until the generator emits it) the set of
/// producer schemas its build checked; a producer built against another schema sends the same message with its own
/// fingerprint. In strict mode that message lands in the dead-letter queue with the reason; the checked one is handled.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class SchemaDriftTests
{
    [SkippableFact]
    public async Task In_strict_mode_a_message_from_a_producer_built_against_another_schema_is_dead_lettered_with_the_reason()
    {
        await using var scope = await Scope.CreateAsync();
        var ownFingerprint = FingerprintOf<Tick>();
        await using var host = await BrokerHost.StartAsync(scope, services: contracts =>
        {
            contracts.OnSchemaDrift(SchemaDriftMode.DeadLetter);
            contracts.Services.RemoveAll<IMessageDispatcher>();
            contracts.Services.AddSingleton<IMessageDispatcher>(new CheckedDispatcher(new ContractsDispatcher(), new([new("tests.tick", 1, ownFingerprint)])));
        });

        await PublishFromOtherBuildAsync(scope, new Tick(1), fingerprint: "0badf00d0badf00d", producer: "legacy-shipping");
        await host.Publisher.PublishAsync(new Tick(2));

        await Eventually.TrueAsync(() => host.Inbox.Ticks.ContainsKey(2), "the checked tick");
        await scope.WaitForDeadLettersAsync(1);
        var dead = Assert.Single(await scope.DrainDeadLettersAsync());
        Assert.Equal(
            "not retried: schema 0badf00d0badf00d of message tests.tick@v1 from producer 'legacy-shipping' was not checked against this consumer at build time",
            PoisonMessageTests.Header(dead, EnvelopeHeaders.DeadLetterReason));
        Assert.Equal("legacy-shipping", dead.BasicProperties.AppId);
        Assert.False(host.Inbox.Ticks.ContainsKey(1));
        Assert.Equal("contracts-tests", host.Inbox.All.Single().Context.Producer);
        Assert.Equal(ownFingerprint, host.Inbox.All.Single().Context.SchemaFingerprint);
    }

    private static string FingerprintOf<T>() where T : IMessage<T> => T.ContractDescriptor.Fingerprint;

    // A producer deployed without the gate: another service's build, so another fingerprint, and its name as app-id.
    private static Task PublishFromOtherBuildAsync(Scope scope, Tick tick, string fingerprint, string producer)
        => scope.Admin.RunAsync(channel => channel.BasicPublishAsync(scope.Exchange, "tests.tick.v1", mandatory: true, new BasicProperties
        {
            DeliveryMode = DeliveryModes.Persistent,
            MessageId = "other-build-" + tick.Number,
            ContentType = EnvelopeHeaders.JsonContentType,
            AppId = producer,
            Headers = new Dictionary<string, object?>
            {
                [EnvelopeHeaders.MessageName] = "tests.tick",
                [EnvelopeHeaders.MessageVersion] = "1",
                [EnvelopeHeaders.SchemaFingerprint] = fingerprint,
            },
        }, ContractSerializer.SerializeToUtf8Bytes(tick)).AsTask());

    /// <summary>The generated dispatcher with what the generator will add: the producer schemas its build checked.</summary>
    private sealed class CheckedDispatcher(IMessageDispatcher generated, CheckedSchemas checkedSchemas) : IMessageDispatcher
    {
        public Subscription Subscription { get; } = generated.Subscription with { CheckedSchemas = checkedSchemas };

        public ValueTask DispatchAsync(TransportMessage message, MessageContext context, IServiceProvider services, CancellationToken cancellationToken)
            => generated.DispatchAsync(message, context, services, cancellationToken);
    }
}
