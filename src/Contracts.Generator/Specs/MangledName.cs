using System.Linq;

namespace Contracts.Generator.Specs;

/// <summary>
/// A C# identifier made from a type's qualified name, for the generated members that stand for one type (its enum
/// converter, its fingerprint): every character that is not a letter or digit becomes '_', and a hash of the name is
/// added when that lost information, so that <c>A.B_C</c> and <c>A.B.C</c> never share one.
/// </summary>
internal static class MangledName
{
    public static string Of(string fullyQualifiedName)
    {
        var qualified = fullyQualifiedName.Replace("global::", string.Empty);
        var mangled = new string(qualified.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
        var lossless = qualified.All(c => c == '.' || char.IsLetterOrDigit(c));
        return lossless ? mangled : mangled + "_" + StableHash.Of(qualified);
    }
}
