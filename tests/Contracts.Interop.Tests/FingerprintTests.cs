using Contracts.Schema;
using Contracts.Serialization;

namespace Contracts.Interop.Tests;

/// <summary>
/// The fingerprint a generated message sends is the one any language computes from its manifest entry
/// (docs/wire-format.md): here the real build's descriptor against this project's committed lock, which also proves
/// the lock the other tests export is the code's.
/// </summary>
public sealed class FingerprintTests
{
    [Fact]
    public void The_generated_message_sends_the_fingerprint_of_its_lock_entry()
    {
        var manifest = Exports.Manifest(Path.Combine(Repository.Root, "tests", "Contracts.Interop.Tests", "contracts.lock.json"));

        Assert.Equal(SchemaFingerprint.Of(manifest.Messages.Single().Schema), Descriptor<EveryType>().Fingerprint);
    }

    [Fact]
    public void The_exporters_header_names_are_the_runtimes()
        => Assert.Equal(
            new[] { EnvelopeHeaders.MessageName, EnvelopeHeaders.MessageVersion, EnvelopeHeaders.MessageId, EnvelopeHeaders.ContentType, EnvelopeHeaders.SchemaFingerprint, EnvelopeHeaders.Producer, EnvelopeHeaders.TraceParent },
            Contracts.Schema.Export.WireHeaders.All.Select(h => h.Name).Take(7));

    private static MessageDescriptor Descriptor<T>() where T : IMessage<T> => T.ContractDescriptor;
}
