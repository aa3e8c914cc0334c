namespace Microsoft.Extensions.DependencyInjection;

/// <summary>How a host adds the Billing service.</summary>
public static class BillingServiceCollectionExtensions
{
    /// <summary>Registers Billing's publisher and consumer (the generated, project-internal AddContracts).</summary>
    public static IServiceCollection AddBillingService(this IServiceCollection services)
    {
        services.AddContracts();
        return services;
    }
}
