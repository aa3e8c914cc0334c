using System;
using System.Security.Cryptography;

namespace Contracts;

/// <summary>
/// New message ids: random (version 4) GUIDs in "N" form, like <see cref="Guid.NewGuid"/>, but with the random bytes
/// fetched for many ids at once.
/// </summary>
/// <remarks>
/// <see cref="Guid.NewGuid"/> asks the kernel for 16 random bytes on every call; on Linux that system call was the
/// largest single cost of an in-memory publish. Each thread keeps a block of random bytes and refills it when used up.
/// </remarks>
internal static class MessageIds
{
    private const int IdsPerRefill = 64;

    [ThreadStatic]
    private static byte[]? t_random;

    [ThreadStatic]
    private static int t_used;

    public static string New()
    {
        if (t_random is not { } random || t_used == IdsPerRefill)
        {
            random = t_random ??= new byte[16 * IdsPerRefill];
            RandomNumberGenerator.Fill(random);
            t_used = 0;
        }

        Span<byte> bytes = stackalloc byte[16];
        random.AsSpan(16 * t_used++, 16).CopyTo(bytes);

        // The version (4, random) and variant bits Guid.NewGuid sets; byte 7 is the high byte of the third field.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("N");
    }
}
