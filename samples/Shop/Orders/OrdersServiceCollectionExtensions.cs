using Contracts.Hosting;
using Contracts.PostgreSql;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Shop.Orders;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>How a host adds the Orders service.</summary>
public static class OrdersServiceCollectionExtensions
{
    /// <summary>Registers Orders: its publisher and consumers (the generated, project-internal AddContracts) and its order book.</summary>
    public static IServiceCollection AddOrdersService(this IServiceCollection services)
    {
        services.AddContracts();
        services.AddSingleton<OrderBook>();
        services.AddSingleton<NotificationLog>();
        services.TryAddSingleton<IOrderStore>(sp => sp.GetRequiredService<OrderBook>());
        services.AddSingleton<OrderScenario>();
        return services;
    }

    /// <summary>
    /// Keeps Orders' orders in PostgreSQL (<paramref name="database"/>) and publishes through the outbox
    /// (schema <see cref="PostgresOrderStore.Schema"/>, created at startup).
    /// </summary>
    public static IServiceCollection UsePostgresOrderStore(this IServiceCollection services, NpgsqlDataSource database)
    {
        // One pool for the orders and the outbox: they share transactions anyway.
        services.AddSingleton(database);
        new ContractsBuilder(services).UsePostgreSqlOutbox(o =>
        {
            o.DataSource = database;
            o.Schema = PostgresOrderStore.Schema;
            o.CreateSchema = true;
            o.PollInterval = TimeSpan.FromMilliseconds(200);
        });
        services.RemoveAll<IOrderStore>();
        services.AddSingleton<IOrderStore>(sp => new PostgresOrderStore(database, sp.GetRequiredService<PostgreSqlOutbox>(), sp.GetRequiredService<PostgreSqlInbox>()));
        return services;
    }
}
