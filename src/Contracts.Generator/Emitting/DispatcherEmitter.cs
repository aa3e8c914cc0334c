using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Specs;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits the service's dispatcher: a switch from (name, version) — a message's own or an alias — to
/// deserialize-then-call for each consumer, through upcasters where a consumer handles a newer version (DispatchPlan
/// decides the routes). No reflection and no lookup tables; an unknown key is an exception the transport dead-letters.
/// </summary>
internal static class DispatcherEmitter
{
    public const string TypeName = "global::Contracts.Generated.ContractsDispatcher";

    public static string Emit(ServiceSpec spec)
    {
        var routes = DispatchPlan.Of(spec);
        var writer = FileHeader.Start();
        using (writer.Block("namespace Contracts.Generated"))
        {
            writer.Line($"/// <summary>Routes the messages service {Xml(spec.ServiceName)} consumes to its consumers.</summary>");
            using (writer.Block("internal sealed class ContractsDispatcher : global::Contracts.Hosting.IMessageDispatcher"))
            {
                EmitSubscription(writer, spec, routes.Select(r => (r.Name, r.Version)));
                writer.Line();
                writer.Line("public global::Contracts.Subscription Subscription => __subscription;");
                writer.Line();
                EmitDispatch(writer, routes);
            }
        }

        return writer.ToString();
    }

    private static void EmitDispatch(SourceWriter writer, IReadOnlyList<DispatchRoute> routes)
    {
        using (writer.Block($"public async {KnownNames.ValueTask} DispatchAsync(global::Contracts.TransportMessage message, global::Contracts.MessageContext context, global::System.IServiceProvider services, {KnownNames.CancellationToken} cancellationToken)"))
        {
            using (writer.Block("switch (context.MessageName)"))
            {
                foreach (var byName in routes.GroupBy(r => r.Name))
                {
                    writer.Line($"case {FileHeader.Literal(byName.Key)}:");
                    using (writer.Block("switch (context.Version)"))
                    {
                        foreach (var route in byName)
                        {
                            EmitRoute(writer, route);
                        }
                    }

                    writer.Line("    break;");
                }
            }

            writer.Line("throw new global::Contracts.Hosting.UnknownMessageException(context.Key);");
        }
    }

    /// <summary>The keys the service consumes, and the producer schemas its build checked (for the runtime's drift check).</summary>
    private static void EmitSubscription(SourceWriter writer, ServiceSpec spec, IEnumerable<(string Name, int Version)> keys)
    {
        writer.Line($"private static readonly global::Contracts.Subscription __subscription = new global::Contracts.Subscription({FileHeader.Literal(spec.ServiceName)}, new global::Contracts.MessageKey[]");
        writer.OpenBlock();
        foreach (var (name, version) in keys)
        {
            writer.Line($"new global::Contracts.MessageKey({FileHeader.Literal(name)}, {version}),");
        }

        if (spec.CheckedSchemas is not { } checkedSchemas)
        {
            writer.CloseBlock(");");
            return;
        }

        writer.CloseBlock(")");
        writer.OpenBlock();
        writer.Line("CheckedSchemas = new global::Contracts.Drift.CheckedSchemas(new global::Contracts.Drift.CheckedSchema[]");
        writer.OpenBlock();
        foreach (var producer in checkedSchemas)
        {
            writer.Line($"new global::Contracts.Drift.CheckedSchema({FileHeader.Literal(producer.Name)}, {producer.Version}, {FileHeader.Literal(producer.Fingerprint)}),");
        }

        writer.CloseBlock("),");
        writer.CloseBlock(";");
    }

    private static void EmitRoute(SourceWriter writer, DispatchRoute route)
    {
        writer.Line($"case {route.Version}:");
        using (writer.Block())
        {
            // One service may hold two views (types) of the same message: each is read once, then handed to its consumers
            // and, through upcasters, converted once per step for the consumers of newer versions.
            var upcasts = 0;
            for (var v = 0; v < route.Views.Count; v++)
            {
                var view = route.Views[v];
                writer.Line($"var __message{v} = global::Contracts.Serialization.ContractSerializer.Deserialize<{view.TypeName}>(message.Body.Span);");
                EmitDeliveries(writer, view, $"__message{v}", ref upcasts);
            }

            writer.Line("return;");
        }
    }

    private static void EmitDeliveries(SourceWriter writer, DeliveryNode node, string variable, ref int upcasts)
    {
        foreach (var consumer in node.Consumers.OrderBy(c => c, System.StringComparer.Ordinal))
        {
            writer.Line($"await ((global::Contracts.IConsumer<{node.TypeName}>){Resolve(consumer)})");
            writer.Line($"    .ConsumeAsync({variable}, context, cancellationToken).ConfigureAwait(false);");
        }

        foreach (var next in node.Next)
        {
            var upcast = $"__upcast{upcasts++}";
            writer.Line($"var {upcast} = ((global::Contracts.IUpcast<{node.TypeName}, {next.TypeName}>){Resolve(next.Upcaster!)}).Upcast({variable});");
            EmitDeliveries(writer, next, upcast, ref upcasts);
        }
    }

    private static string Resolve(string type) => $"global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<{type}>(services)";

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
