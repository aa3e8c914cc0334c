using System;

namespace Contracts.Serialization;

public sealed partial class ContractReadContext
{
    // One context per thread, reused by every read on it: a body's path only lives while that body is read, and the
    // exceptions carry the path as text, never the context.
    [ThreadStatic]
    private static ContractReadContext? t_cached;

    /// <summary>Takes this thread's context (or a new one when a read is already using it), at the root path.</summary>
    internal static ContractReadContext Rent()
    {
        var context = t_cached ?? new ContractReadContext();
        t_cached = null;
        context._count = 0;
        return context;
    }

    /// <summary>Gives the context back to this thread once the read has finished, successfully or not.</summary>
    internal void Return() => t_cached = this;
}
