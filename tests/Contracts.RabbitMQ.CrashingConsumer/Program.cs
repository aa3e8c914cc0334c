using System.Diagnostics;
using Contracts;
using Contracts.RabbitMQ;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Usage: dotnet Contracts.RabbitMQ.CrashingConsumer.dll AMQP_URI EXCHANGE QUEUE_PREFIX Quorum|Classic MAX_RETRIES
// Prints "ready" once subscribed and "handled N" per job; a job with Crash = true kills this process mid-handler.
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Services.AddContracts().UseRabbitMq(o =>
{
    o.ConnectionString = args[0];
    o.Exchange = args[1];
    o.QueuePrefix = args[2];
    o.QueueType = Enum.Parse<RabbitMqQueueType>(args[3]);
    o.MaxRetries = int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture);
    // One message at a time: when the process dies, only the message that killed it was unacknowledged.
    o.PrefetchCount = 1;
    o.RetryDelay = TimeSpan.FromMilliseconds(200);
});
using var host = builder.Build();
await host.StartAsync();
Console.WriteLine("ready");
await host.WaitForShutdownAsync();

/// <summary>A job; <see cref="Crash"/> makes its consumer kill the process.</summary>
[Message("tests.crash-job", Version = 1)]
public partial record CrashJob(int Number, bool Crash);

/// <summary>Handles a job, or dies: a real crash (SIGKILL of its own process), not an exception.</summary>
public sealed class RunCrashJob : IConsumer<CrashJob>
{
    public ValueTask ConsumeAsync(CrashJob message, MessageContext context, CancellationToken cancellationToken)
    {
        if (message.Crash)
        {
            Console.WriteLine($"crashing on {message.Number} (delivery {context.RedeliveryCount})");
            Process.GetCurrentProcess().Kill();
        }

        Console.WriteLine($"handled {message.Number}");
        return ValueTask.CompletedTask;
    }
}
