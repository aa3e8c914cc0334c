using System;

namespace Contracts.Serialization;

/// <summary>
/// A message was refused when it was written, because its body is larger than readers accept: more than
/// <see cref="ContractReaderOptions.MaxBytes"/> of <see cref="ContractReaderOptions.Default"/>, the limit every generated
/// dispatcher reads with. Sending it would give consumers a message none of them can read; publishing fails instead,
/// and nothing is sent.
/// </summary>
public sealed class MessageTooLargeException : ArgumentException
{
    /// <summary>Creates the exception for a body of <paramref name="size"/> bytes against a limit of <paramref name="limit"/>.</summary>
    public MessageTooLargeException(long size, int limit)
        : base($"The message body is {size} bytes, larger than the {limit} bytes readers accept (ContractReaderOptions.MaxBytes): "
            + "send less in one message, for example a reference to where the data is.", "message")
    {
        Size = size;
        Limit = limit;
    }

    /// <summary>The size of the body as written, in bytes.</summary>
    public long Size { get; }

    /// <summary>The largest body readers accept, in bytes.</summary>
    public int Limit { get; }
}
