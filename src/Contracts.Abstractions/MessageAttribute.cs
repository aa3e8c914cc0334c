using System;

namespace Contracts;

/// <summary>
/// Marks a <c>partial record</c> as a message contract. Its identity on the wire is <see cref="Name"/> and
/// <see cref="Version"/>, never the CLR type name or namespace, so the type can be renamed or moved freely.
/// </summary>
/// <example><code>[Message("orders.order-placed", Version = 1)] public partial record OrderPlaced(Guid OrderId);</code></example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class MessageAttribute : Attribute
{
    /// <summary>Declares a message contract with the given wire name.</summary>
    /// <param name="name">Lower-case dotted name such as <c>orders.order-placed</c>.</param>
    public MessageAttribute(string name) => Name = name;

    /// <summary>The message's name on the wire: lower-case letters, digits, '.', '-' and '_'.</summary>
    public string Name { get; }

    /// <summary>The contract version, 1 or more. Bump it for a breaking change and keep the old record.</summary>
    public int Version { get; set; } = 1;

    /// <summary>
    /// The compatibility this message must keep against its locked versions. When not set, the default follows the
    /// project's role: published messages stay <see cref="CompatibilityMode.Forward"/>, consumed ones
    /// <see cref="CompatibilityMode.Backward"/>, both <see cref="CompatibilityMode.Full"/>.
    /// </summary>
    public CompatibilityMode Compatibility { get; set; }

    /// <summary>
    /// Names this message was known by before a rename (<c>Aliases = new[] { "orders.order-placed" }</c>). A consumer
    /// reads the message under each of them as well as under <see cref="Name"/> (both routing keys are bound), and the
    /// gates treat a producer or lock entry of an alias, with the same version, as this same contract. A producer
    /// always sends <see cref="Name"/>: rename the consumers first, then the producer.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1819", Justification = "Attribute arguments are arrays.")]
    public string[] Aliases { get; set; } = [];
}
