using System.Linq;
using Contracts.Generator.Specs;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits <c>services.AddContracts()</c> for this compilation: the runtime, this service's dispatcher, consumers and
/// publishers, each named explicitly (no assembly scanning). Internal, so every project has its own without clashing.
/// </summary>
internal static class RegistrationEmitter
{
    private const string Extensions = "global::Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions";

    public static string Emit(ServiceSpec spec)
    {
        var writer = FileHeader.Start();
        using (writer.Block("namespace Microsoft.Extensions.DependencyInjection"))
        {
            writer.Line("/// <summary>Registers the contracts of this project.</summary>");
            using (writer.Block("internal static class ContractsServiceCollectionExtensions"))
            {
                writer.Line("/// <summary>");
                writer.Line("/// Registers the Contracts runtime (in-memory transport unless another is configured), this project's message");
                writer.Line("/// dispatcher, its consumers (scoped) and its publishers (singletons).");
                writer.Line("/// </summary>");
                writer.Line("/// <param name=\"services\">The service collection.</param>");
                writer.Line("/// <returns>A builder to choose the transport on.</returns>");
                using (writer.Block("public static global::Contracts.Hosting.ContractsBuilder AddContracts(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services)"))
                {
                    writer.Line("var builder = global::Contracts.Hosting.ContractsRuntime.AddRuntime(services);");
                    if (spec.Dispatches)
                    {
                        writer.Line($"{Extensions}.TryAddEnumerable(services, global::Microsoft.Extensions.DependencyInjection.ServiceDescriptor.Singleton<global::Contracts.Hosting.IMessageDispatcher, {DispatcherEmitter.TypeName}>());");
                    }

                    foreach (var consumer in spec.Consumers.Select(c => c.TypeName))
                    {
                        writer.Line($"{Extensions}.TryAddScoped<{consumer}>(services);");
                    }

                    foreach (var publisher in spec.Publishers)
                    {
                        writer.Line($"{Extensions}.TryAddSingleton<{publisher}>(services);");
                    }

                    writer.Line("return builder;");
                }
            }
        }

        return writer.ToString();
    }
}
