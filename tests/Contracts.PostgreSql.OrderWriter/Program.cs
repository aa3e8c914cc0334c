using Contracts;
using Contracts.PostgreSql;
using Contracts.PostgreSql.OrderWriter;
using Contracts.RabbitMQ;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

// Commits orders, each with its message through the outbox, from several writers at once; every tenth transaction
// (by order number) publishes and then rolls back, so its message must never be delivered. The relay publishes to
// RabbitMQ meanwhile. The crash test kills this process at random points and starts it again; the run that reaches
// --target committed orders waits until the outbox is empty and exits 0.
//   --postgres <cs> --rabbitmq <uri> --schema <name> --exchange <name> --target <n> [--writers 4] [--rollback-every 10]
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
var settings = Settings.Read(builder.Configuration);
builder.Services.AddContracts()
    .UseRabbitMq(o =>
    {
        o.ConnectionString = settings.RabbitMq;
        o.Exchange = settings.Exchange;
        o.QueuePrefix = settings.Exchange + ".";
    })
    .UsePostgreSqlOutbox(o =>
    {
        o.ConnectionString = settings.Postgres;
        o.Schema = settings.Schema;
        o.CreateSchema = true;
        o.PollInterval = TimeSpan.FromMilliseconds(200);
        o.MaxRetryDelay = TimeSpan.FromSeconds(1);
    });

using var host = builder.Build();
await host.StartAsync();
var outbox = host.Services.GetRequiredService<PostgreSqlOutbox>();
var publisher = host.Services.GetRequiredService<FaultPublisher>();
await using var orders = NpgsqlDataSource.Create(settings.Postgres);
var writer = await OrderWriter.StartAsync(orders, outbox, publisher, settings);
Console.WriteLine($"started: {writer.Committed} orders committed before this run");

await Task.WhenAll(Enumerable.Range(0, settings.Writers).Select(_ => Task.Run(writer.WriteUntilTargetAsync)));
Console.WriteLine($"target reached: {writer.Committed} committed, {writer.RolledBack} rolled back in this run; draining the outbox");
while ((await outbox.GetDepthAsync()).Waiting > 0)
{
    await Task.Delay(50);
}

await host.StopAsync();
Console.WriteLine($"drained: relayed {outbox.Relay.PublishedCount} messages in this run");
return 0;

/// <summary>The command line of one run.</summary>
internal sealed record Settings(string Postgres, string RabbitMq, string Schema, string Exchange, int Target, int Writers, int RollbackEvery)
{
    public static Settings Read(IConfiguration configuration) => new(
        configuration["postgres"] ?? throw new ArgumentException("--postgres is required"),
        configuration["rabbitmq"] ?? throw new ArgumentException("--rabbitmq is required"),
        configuration["schema"] ?? throw new ArgumentException("--schema is required"),
        configuration["exchange"] ?? throw new ArgumentException("--exchange is required"),
        int.Parse(configuration["target"] ?? throw new ArgumentException("--target is required")),
        int.Parse(configuration["writers"] ?? "4"),
        int.Parse(configuration["rollback-every"] ?? "10"));
}
