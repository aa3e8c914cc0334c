using System;
using System.ComponentModel;
using Contracts.Drift;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Contracts.Hosting;

/// <summary>
/// Registers the runtime and chooses the transport.
/// </summary>
/// <remarks>
/// <para>Which transport runs: the last <c>Use…Transport()</c> call wins, whether it comes before or after
/// <c>AddContracts()</c>, because each one replaces every earlier <see cref="IMessageTransport"/> registration.
/// <c>AddContracts()</c> only adds the in-memory transport when no <see cref="IMessageTransport"/> is registered yet,
/// so a transport registered earlier by hand is kept; one registered later by hand also wins, since dependency
/// injection resolves the last registration.</para>
/// </remarks>
public static class ContractsRuntime
{
    /// <summary>
    /// Adds the sender, the default in-memory transport and the hosted service that subscribes every
    /// <see cref="IMessageDispatcher"/>. Safe to call many times: the generated <c>AddContracts()</c> of every assembly
    /// calls it, and only the first call registers anything.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ContractsBuilder AddRuntime(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(static sp => new InMemoryTransport(sp.GetService<InMemoryTransportOptions>()));
        services.TryAddSingleton<IMessageTransport>(static sp => sp.GetRequiredService<InMemoryTransport>());
        // The host's application name says which service published a message (EnvelopeHeaders.Producer).
        services.TryAddSingleton(static sp => new MessageSender(sp.GetRequiredService<IMessageTransport>(), sp.GetService<IHostEnvironment>()?.ApplicationName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ContractsHostedService>());
        return new ContractsBuilder(services);
    }

    /// <summary>
    /// Makes <paramref name="factory"/>'s transport the one messages go through, replacing any registered before.
    /// Transport packages build their <c>Use…</c> methods on this.
    /// </summary>
    public static ContractsBuilder UseTransport(this ContractsBuilder builder, Func<IServiceProvider, IMessageTransport> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.RemoveAll<IMessageTransport>();
        builder.Services.AddSingleton(factory);
        return builder;
    }

    /// <summary>
    /// Chooses what a consuming service does with a message whose writer's schema its build did not check (an unknown
    /// fingerprint, or none): <see cref="SchemaDriftMode.Report"/> (the default) counts and logs it and handles it;
    /// <see cref="SchemaDriftMode.DeadLetter"/> dead-letters it with the reason. Only subscriptions whose dispatcher says
    /// what its build checked (<see cref="Subscription.CheckedSchemas"/>) are compared.
    /// </summary>
    public static ContractsBuilder OnSchemaDrift(this ContractsBuilder builder, SchemaDriftMode mode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a schema drift mode.");
        }

        builder.Services.RemoveAll<SchemaDriftOptions>();
        builder.Services.AddSingleton(new SchemaDriftOptions { Mode = mode });
        return builder;
    }

    /// <summary>
    /// Uses the in-memory transport (the default) with the given settings. Resolve <see cref="InMemoryTransport"/> to
    /// read its counters, dead letters and <see cref="InMemoryTransport.WhenIdleAsync"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static ContractsBuilder UseInMemoryTransport(this ContractsBuilder builder, Action<InMemoryTransportOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new InMemoryTransportOptions();
        configure?.Invoke(options);
        options.Validate();

        // Registered here too, so the method works on a builder whose AddRuntime has not run in this collection.
        builder.Services.RemoveAll<InMemoryTransportOptions>();
        builder.Services.AddSingleton(options);
        builder.Services.TryAddSingleton(static sp => new InMemoryTransport(sp.GetService<InMemoryTransportOptions>()));
        return builder.UseTransport(static sp => sp.GetRequiredService<InMemoryTransport>());
    }
}
