using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Specs;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits the service's dispatcher: a switch from (name, version) to deserialize-then-call for each consumer. No
/// reflection and no lookup tables; an unknown key is an exception the transport dead-letters.
/// </summary>
internal static class DispatcherEmitter
{
    public const string TypeName = "global::Contracts.Generated.ContractsDispatcher";

    public static string Emit(ServiceSpec spec)
    {
        var routes = spec.Consumers
            .SelectMany(consumer => consumer.Messages.Select(message => (message, consumer.TypeName)))
            .GroupBy(route => (route.message.Name, route.message.Version))
            .OrderBy(group => group.Key.Name, System.StringComparer.Ordinal).ThenBy(group => group.Key.Version)
            .ToList();

        var writer = FileHeader.Start();
        using (writer.Block("namespace Contracts.Generated"))
        {
            writer.Line($"/// <summary>Routes the messages service {Xml(spec.ServiceName)} consumes to its consumers.</summary>");
            using (writer.Block("internal sealed class ContractsDispatcher : global::Contracts.Hosting.IMessageDispatcher"))
            {
                EmitSubscription(writer, spec, routes.Select(r => r.Key));
                writer.Line();
                writer.Line("public global::Contracts.Subscription Subscription => __subscription;");
                writer.Line();
                EmitDispatch(writer, routes);
            }
        }

        return writer.ToString();
    }

    private static void EmitDispatch(SourceWriter writer, List<IGrouping<(string Name, int Version), (MessageRef message, string TypeName)>> routes)
    {
        using (writer.Block($"public async {KnownNames.ValueTask} DispatchAsync(global::Contracts.TransportMessage message, global::Contracts.MessageContext context, global::System.IServiceProvider services, {KnownNames.CancellationToken} cancellationToken)"))
        {
            using (writer.Block("switch (context.MessageName)"))
            {
                foreach (var byName in routes.GroupBy(r => r.Key.Name))
                {
                    writer.Line($"case {FileHeader.Literal(byName.Key)}:");
                    using (writer.Block("switch (context.Version)"))
                    {
                        foreach (var route in byName)
                        {
                            EmitRoute(writer, route.ToList());
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

    private static void EmitRoute(SourceWriter writer, System.Collections.Generic.List<(MessageRef Message, string Consumer)> route)
    {
        writer.Line($"case {route[0].Message.Version}:");
        using (writer.Block())
        {
            // One service may hold two views (types) of the same message: each is read once, then handed to its consumers.
            var views = route.GroupBy(r => r.Message.TypeName).OrderBy(g => g.Key, System.StringComparer.Ordinal).ToList();
            for (var v = 0; v < views.Count; v++)
            {
                var view = views[v];
                writer.Line($"var __message{v} = global::Contracts.Serialization.ContractSerializer.Deserialize<{view.Key}>(message.Body.Span);");
                foreach (var consumer in view.Select(r => r.Consumer).OrderBy(c => c, System.StringComparer.Ordinal))
                {
                    writer.Line($"await ((global::Contracts.IConsumer<{view.Key}>)global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<{consumer}>(services))");
                    writer.Line($"    .ConsumeAsync(__message{v}, context, cancellationToken).ConfigureAwait(false);");
                }
            }

            writer.Line("return;");
        }
    }

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
