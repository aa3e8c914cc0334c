using Shop.Shipping;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>How a host adds the Shipping service.</summary>
public static class ShippingServiceCollectionExtensions
{
    /// <summary>Registers Shipping's publisher and consumers (the generated, project-internal AddContracts) and its warehouse.</summary>
    public static IServiceCollection AddShippingService(this IServiceCollection services)
    {
        services.AddContracts();
        services.AddSingleton<Warehouse>();
        return services;
    }
}
