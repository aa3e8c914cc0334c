namespace Contracts.Generated.Tests;

/// <summary>A consumer's enum that falls back for carriers a producer adds later.</summary>
public enum Carrier
{
    [EnumFallback]
    Unknown,
    Post,
    [WireName("courier-express")]
    Courier,
}

/// <summary>A message whose enum members have a fallback.</summary>
[Message("tests.parcel-sent")]
public partial record ParcelSent(string TrackingCode, Carrier Carrier, IReadOnlyList<Carrier> Alternatives);
