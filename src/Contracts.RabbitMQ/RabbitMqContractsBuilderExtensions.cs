using System;
using Contracts.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Contracts.RabbitMQ;

/// <summary>Chooses RabbitMQ as the transport: <c>services.AddContracts().UseRabbitMq(o =&gt; o.ConnectionString = "amqp://...")</c>.</summary>
public static class RabbitMqContractsBuilderExtensions
{
    /// <summary>
    /// Makes <see cref="RabbitMqTransport"/> the transport, replacing any chosen before (the last <c>Use…</c> wins).
    /// Resolve <see cref="RabbitMqTransport"/> to read its counters and dead letters.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is invalid; checked here so mistakes fail at startup.</exception>
    public static ContractsBuilder UseRabbitMq(this ContractsBuilder builder, Action<RabbitMqOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new RabbitMqOptions();
        configure?.Invoke(options);
        options.Validate();

        builder.Services.RemoveAll<RabbitMqOptions>();
        builder.Services.AddSingleton(options);
        builder.Services.TryAddSingleton(static sp => new RabbitMqTransport(
            sp.GetRequiredService<RabbitMqOptions>(),
            sp.GetService<ILogger<RabbitMqTransport>>()));
        return builder.UseTransport(static sp => sp.GetRequiredService<RabbitMqTransport>());
    }
}
