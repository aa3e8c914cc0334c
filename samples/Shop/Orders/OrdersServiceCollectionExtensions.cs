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
        services.AddSingleton<OrderScenario>();
        return services;
    }
}
