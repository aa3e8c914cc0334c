using System.Globalization;

namespace Contracts.Generator.Specs;

/// <summary>
/// A short hash of a name that is the same on every machine and runtime (string.GetHashCode is randomized per
/// process), for names the generator must make unique without losing determinism.
/// </summary>
internal static class StableHash
{
    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="text"/>, as 8 lower-case hex digits.</summary>
    public static string Of(string text)
    {
        const uint offset = 2166136261;
        const uint prime = 16777619;
        var hash = offset;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ (uint)(c & 0xFF)) * prime);
            hash = unchecked((hash ^ (uint)(c >> 8)) * prime);
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
