using System;
using Microsoft.Extensions.DependencyInjection;

namespace Contracts.Hosting;

/// <summary>Returned by <c>AddContracts()</c>; transports hang their <c>Use…</c> methods on it.</summary>
public sealed class ContractsBuilder
{
    /// <summary>Wraps <paramref name="services"/>.</summary>
    public ContractsBuilder(IServiceCollection services) => Services = services ?? throw new ArgumentNullException(nameof(services));

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services { get; }
}
