using RabbitMQ.Client.Exceptions;

namespace Contracts.RabbitMQ.Tests;

/// <summary>What the transport declares for each queue type, seen from the broker.</summary>
[Collection(BrokerCollection.Name)]
public sealed class QueueTypeTests
{
    [SkippableFact]
    public async Task By_default_the_endpoint_retry_and_dead_letter_queues_are_quorum_queues_with_the_delivery_limit()
    {
        await using var scope = await Scope.CreateAsync();
        await using (await BrokerHost.StartAsync(scope, o => o.MaxRetries = 2))
        {
        }

        // A redeclaration is accepted only with exactly the arguments the queue has: the same arguments pass, and the
        // same with another queue type fails on that argument.
        await AssertDeclaredWithAsync(scope, scope.Queue, new()
        {
            ["x-queue-type"] = "quorum",
            ["x-delivery-limit"] = 3,
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = scope.DeadLetterQueue,
        });
        await AssertDeclaredWithAsync(scope, scope.Queue + ".retry-200ms", new()
        {
            ["x-queue-type"] = "quorum",
            ["x-message-ttl"] = 200L,
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = scope.Queue,
        });
        await AssertDeclaredWithAsync(scope, scope.DeadLetterQueue, new() { ["x-queue-type"] = "quorum" });
    }

    [SkippableFact]
    public async Task Classic_queues_are_declared_as_they_always_were()
    {
        await using var scope = await Scope.CreateAsync();
        await using (await BrokerHost.StartAsync(scope, o => o.QueueType = RabbitMqQueueType.Classic))
        {
        }

        // A declaration without arguments matches: the queue is classic and has none.
        await scope.Admin.RunAsync(channel => channel.QueueDeclareAsync(scope.Queue, durable: true, exclusive: false, autoDelete: false));
    }

    [SkippableFact]
    public async Task An_endpoint_whose_queue_exists_with_another_type_fails_to_start_naming_the_queue()
    {
        await using var scope = await Scope.CreateAsync();
        await scope.Admin.RunAsync(channel => channel.QueueDeclareAsync(scope.Queue, durable: true, exclusive: false, autoDelete: false));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BrokerHost.StartAsync(scope));
        Assert.StartsWith($"Queue '{scope.Queue}' already exists with other arguments than this endpoint declares", error.Message, StringComparison.Ordinal);
        Assert.Contains("PRECONDITION_FAILED - inequivalent arg", error.Message, StringComparison.Ordinal);
    }

    private static async Task AssertDeclaredWithAsync(Scope scope, string queue, Dictionary<string, object?> arguments)
    {
        await scope.Admin.RunAsync(channel => channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments));
        var classic = await RedeclareAsync(scope, queue, new(arguments) { ["x-queue-type"] = "classic" });
        Assert.Contains("inequivalent arg 'x-queue-type'", classic.Message, StringComparison.Ordinal);
    }

    private static async Task<OperationInterruptedException> RedeclareAsync(Scope scope, string queue, Dictionary<string, object?> arguments)
    {
        // A channel of its own: the broker closes it for the mismatch.
        var connection = await scope.Target.Factory(automaticRecovery: false).CreateConnectionAsync(scope.Target.Endpoints);
        await using (connection)
        {
            await using var channel = await connection.CreateChannelAsync();
            return await Assert.ThrowsAsync<OperationInterruptedException>(() => channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments));
        }
    }
}
