using System;
using Contracts.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Contracts.PostgreSql;

/// <summary>
/// Turns on the transactional outbox and the inbox:
/// <c>services.AddContracts().UseRabbitMq(...).UsePostgreSqlOutbox(o =&gt; o.ConnectionString = "Host=...")</c>.
/// </summary>
public static class PostgreSqlContractsBuilderExtensions
{
    /// <summary>
    /// Routes every publish of the generated publishers through the outbox (inside an <see cref="OutboxScope"/>) and
    /// runs the relay that publishes committed rows through the transport chosen with <c>Use…Transport</c>, in either
    /// order of the two calls. Registers <see cref="PostgreSqlOutbox"/> and <see cref="PostgreSqlInbox"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is invalid; checked here so mistakes fail at startup.</exception>
    public static ContractsBuilder UsePostgreSqlOutbox(this ContractsBuilder builder, Action<PostgreSqlOutboxOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new PostgreSqlOutboxOptions();
        configure(options);
        options.Validate();
        options = options.Copy();

        var services = builder.Services;
        services.RemoveAll<OutboxDatabase>();
        services.AddSingleton(sp => new OutboxDatabase(options, Logger(sp)));
        services.TryAddSingleton(static sp => new PostgreSqlOutbox(sp.GetRequiredService<OutboxDatabase>()));
        services.TryAddSingleton(static sp => new PostgreSqlInbox(sp.GetRequiredService<OutboxDatabase>(), sp.GetRequiredService<PostgreSqlOutbox>()));

        // The sender, which every generated publisher calls, publishes through the outbox; IMessageTransport stays the
        // real transport, so subscriptions and the relay use it directly and Use…Transport may come before or after.
        services.RemoveAll<MessageSender>();
        services.AddSingleton(static sp => new MessageSender(
            new OutboxTransport(sp.GetRequiredService<IMessageTransport>(), sp.GetRequiredService<PostgreSqlOutbox>()),
            sp.GetService<IHostEnvironment>()?.ApplicationName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OutboxRelayService>(static sp => new OutboxRelayService(
            sp.GetRequiredService<PostgreSqlOutbox>(),
            sp.GetRequiredService<PostgreSqlInbox>(),
            sp.GetRequiredService<IMessageTransport>(),
            Logger(sp))));
        return builder;
    }

    private static ILogger Logger(IServiceProvider services)
        => services.GetService<ILoggerFactory>()?.CreateLogger("Contracts.PostgreSql") ?? NullLogger.Instance;
}
