namespace Contracts.Serialization;

/// <summary>The wire identity of a message type and the fingerprint of its schema, computed at compile time.</summary>
public sealed class MessageDescriptor
{
    /// <summary>Creates a descriptor; generated code calls this once per message type.</summary>
    public MessageDescriptor(string name, int version, string fingerprint)
    {
        Key = new MessageKey(name, version);
        Fingerprint = fingerprint;
        VersionText = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        PublishSpanName = "publish " + name;
    }

    /// <summary>Name and version on the wire.</summary>
    public MessageKey Key { get; }

    /// <summary>A short hex hash of the canonical schema (member wire names, types and optionality).</summary>
    public string Fingerprint { get; }

    // Formatted once per message type instead of once per published message.
    internal string VersionText { get; }

    internal string PublishSpanName { get; }
}
