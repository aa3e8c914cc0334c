namespace Contracts.RabbitMQ.Tests;

/// <summary>Version 1 of a message this service reads only through an upcaster.</summary>
[Message("tests.stock-counted", Version = 1)]
public partial record StockCountedV1(string Sku, int Count);

/// <summary>Version 2, the one the consumer handles; renamed too, so its old name is an alias.</summary>
[Message("tests.stock-counted", Version = 2, Aliases = new[] { "tests.inventory-counted" })]
public partial record StockCounted(string Sku, int Count, string Warehouse);

/// <summary>v1 → v2: a producer that still sends v1 reaches the v2 consumer.</summary>
public sealed class StockCountedV1ToV2 : IUpcast<StockCountedV1, StockCounted>
{
    public StockCounted Upcast(StockCountedV1 message) => new(message.Sku, message.Count, "main");
}

/// <summary>Records each <see cref="StockCounted"/>, however it arrived.</summary>
public sealed class RecordStock(Inbox inbox) : IConsumer<StockCounted>
{
    public ValueTask ConsumeAsync(StockCounted message, MessageContext context, CancellationToken cancellationToken)
    {
        inbox.Add(message, context);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Sends the old version, as a producer that has not moved yet does.</summary>
[Publishes<StockCountedV1>]
[Publishes<StockCounted>]
public partial class StockPublisher;
