using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Contracts.Diagnostics;

/// <summary>
/// Where Contracts reports: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named
/// <see cref="SourceName"/>. With OpenTelemetry: <c>.AddSource("Contracts")</c> and <c>.AddMeter("Contracts")</c>.
/// Spans and metrics follow OpenTelemetry's messaging semantic conventions; see docs/rabbitmq.md for the full list.
/// </summary>
public static class ContractsTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string SourceName = "Contracts";

    /// <summary>Publish (<see cref="ActivityKind.Producer"/>) and process (<see cref="ActivityKind.Consumer"/>) spans.</summary>
    public static readonly ActivitySource ActivitySource = new(SourceName, typeof(ContractsTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Every Contracts instrument; see <see cref="MessagingMetrics"/> for their names.</summary>
    public static readonly Meter Meter = new(SourceName, typeof(ContractsTelemetry).Assembly.GetName().Version?.ToString());
}
