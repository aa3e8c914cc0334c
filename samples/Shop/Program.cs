using Contracts;
using Contracts.Hosting;
using Contracts.PostgreSql;
using Contracts.RabbitMQ;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Shop;
using Shop.Orders;

// The whole fleet in one process: three services, each with its own endpoint, talking only through messages. The
// in-memory transport is the default; `-- --transport rabbitmq` runs the same services over a RabbitMQ broker
// (CONTRACTS_RABBITMQ or `--rabbitmq amqp://...` says where; a local guest broker by default). `-- --store postgres`
// keeps Orders' orders in PostgreSQL and publishes them through the transactional outbox (CONTRACTS_POSTGRES or
// `--postgres "Host=...;Username=..."` says where). `-- --record sent.jsonl` records every message published.
// `-- --transport rabbitmq --with-node` adds the Node.js service of samples/Shop/Notifications to the fleet.
const int WaveSize = 50;
var idleTimeout = TimeSpan.FromSeconds(30);

// A switch without a value, which the command-line configuration would take as the key of the next argument.
var withNode = args.Contains("--with-node");
var builder = Host.CreateApplicationBuilder(args.Where(a => a != "--with-node").ToArray());

// `-- --orders N` keeps the fleet busy for longer than the default 300 orders (docs/performance.md measures memory so).
var orderCount = int.TryParse(builder.Configuration["orders"], out var requested) && requested > 0 ? requested : 300;
var waves = (orderCount + WaveSize - 1) / WaveSize;
var printEvery = Math.Max(1, waves / 10);
builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
builder.Logging.AddSimpleConsole(options => options.SingleLine = true);
builder.Services.AddOrdersService().AddBillingService().AddShippingService();
var transportName = builder.Configuration["transport"] ?? "inmemory";
var rabbitMq = builder.Configuration["rabbitmq"] ?? Environment.GetEnvironmentVariable("CONTRACTS_RABBITMQ") ?? new RabbitMqOptions().ConnectionString;
if (withNode && transportName != "rabbitmq")
{
    Console.Error.WriteLine("--with-node needs a broker the Node.js service can reach: add --transport rabbitmq");
    return 2;
}

switch (transportName)
{
    case "inmemory":
        break;
    case "rabbitmq":
        new ContractsBuilder(builder.Services).UseRabbitMq(options =>
        {
            options.ConnectionString = rabbitMq;
            // The sample's own exchange and queue names, apart from anything else on the broker.
            options.Exchange = "shop";
            options.QueuePrefix = "shop.";
        });
        break;
    default:
        Console.Error.WriteLine($"unknown transport '{transportName}': use inmemory or rabbitmq");
        return 2;
}

var storeName = builder.Configuration["store"] ?? "inmemory";
await using var orders = OrdersDatabase(storeName);
switch (storeName)
{
    case "inmemory":
        break;
    case "postgres" when orders is not null:
        await PostgresOrderStore.ResetAsync(orders);
        builder.Services.UsePostgresOrderStore(orders);
        break;
    case "postgres":
        Console.Error.WriteLine("--store postgres needs a database: pass --postgres \"Host=...;Username=...\" or set CONTRACTS_POSTGRES");
        return 2;
    default:
        Console.Error.WriteLine($"unknown store '{storeName}': use inmemory or postgres");
        return 2;
}

// `-- --record sent.jsonl` writes every message the fleet publishes, headers and body, one JSON line each.
if (builder.Configuration["record"] is { Length: > 0 } recordTo)
{
    builder.Services.RecordPublished(recordTo);
}

FleetReport report;
using (var host = builder.Build())
{
    await host.StartAsync();
    var transport = transportName == "rabbitmq"
        ? FleetTransport.Of(host.Services.GetRequiredService<RabbitMqTransport>())
        : FleetTransport.Of(host.Services.GetRequiredService<InMemoryTransport>());
    if (host.Services.GetService<PostgreSqlOutbox>() is { } outbox)
    {
        transport = transport.AfterOutbox(outbox);
    }

    // Started before the first order, and ready only once its queue is bound: no order is placed before it listens.
    await using var node = withNode ? await NodeService.StartAsync(NodeService.Folder(), rabbitMq) : null;
    if (node is not null)
    {
        transport = transport.WithNode(node);
    }

    var scenario = host.Services.GetRequiredService<OrderScenario>();
    var store = host.Services.GetRequiredService<IOrderStore>();

    var storeNote = storeName == "inmemory" ? "" : $"; store: {storeName} (orders and outbox in schema {PostgresOrderStore.Schema})";
    var nodeNote = node is null ? "" : $"; with the Node.js notifications service (PID {node.ProcessId})";
    Console.WriteLine($"transport: {transportName}{storeNote}{nodeNote}; placing {orderCount} orders in waves of {WaveSize}; every {OrderScenario.CancelEvery}th customer cancels");
    var idle = true;
    for (var wave = 0; wave < waves && idle; wave++)
    {
        var first = 1 + wave * WaveSize;
        var last = Math.Min(orderCount, first + WaveSize - 1);
        await scenario.PlaceAsync(first, last - first + 1, CancellationToken.None);

        // Billing and Shipping react after Orders publishes: a wave is over once every message it caused was handled.
        idle = await FleetReport.WaitUntilIdleAsync(transport, idleTimeout);
        if (wave % printEvery == 0 || wave == waves - 1)
        {
            Console.WriteLine($"  orders {first,3}-{last,3}: {FleetReport.Describe(await store.OutcomesAsync(CancellationToken.None))}; {transport.Delivered()} messages handled");
        }
    }

    var nodeStatus = node is null ? null : await node.StopAsync();
    report = await FleetReport.CollectAsync(orderCount, idle, transport, host.Services, nodeStatus);
    await host.StopAsync();
}

// Printed after the host is disposed, so no buffered log line can come after the summary.
report.Print(Console.Out);
return report.Succeeded ? 0 : 1;

NpgsqlDataSource? OrdersDatabase(string store)
    => store == "postgres" && (builder.Configuration["postgres"] ?? Environment.GetEnvironmentVariable("CONTRACTS_POSTGRES")) is { Length: > 0 } connectionString
        ? NpgsqlDataSource.Create(connectionString)
        : null;
