using System;
using System.Collections.Generic;

namespace Contracts;

/// <summary>A message as a transport moves it: envelope headers and a UTF-8 JSON body.</summary>
/// <param name="Headers">Envelope headers; see <see cref="EnvelopeHeaders"/>.</param>
/// <param name="Body">The UTF-8 JSON body.</param>
public sealed record TransportMessage(IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body);
