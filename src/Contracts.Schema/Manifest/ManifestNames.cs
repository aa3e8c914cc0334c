using System;
using Contracts.Schema.Compatibility;

namespace Contracts.Schema.Manifest;

/// <summary>
/// The property names and enum spellings of the manifest format, shared by reader and writer so they cannot
/// drift. Changing any of them changes the format (see docs/manifest-format.md).
/// </summary>
internal static class ManifestNames
{
    public const string Format = "format";
    public const string Service = "service";
    public const string Language = "language";
    public const string Messages = "messages";
    public const string Name = "name";
    public const string Version = "version";
    public const string Role = "role";
    public const string Compatibility = "compatibility";
    public const string Members = "members";
    public const string Objects = "objects";
    public const string Enums = "enums";
    public const string History = "history";
    public const string Aliases = "aliases";
    public const string UpcastFrom = "upcastFrom";
    public const string WireName = "wireName";
    public const string Type = "type";
    public const string Required = "required";
    public const string Fallback = "fallback";

    // Roles read as the sentence "this service publishes it"; modes keep the spelling of <ContractsCompatibility>.
    private static readonly string[] RoleNames = ["publishes", "consumes", "both"];

    public static string RoleName(MessageRole role) => RoleNames[(int)role];

    public static MessageRole? ParseRole(string text)
    {
        var index = Array.IndexOf(RoleNames, text);
        return index < 0 ? null : (MessageRole)index;
    }

    public static string ModeName(CompatibilityMode mode) => mode.ToString();

    public static CompatibilityMode? ParseMode(string text) => CompatibilityModes.Parse(text, ignoreCase: false);

    public static string RoleList => string.Join(", ", RoleNames);

    public static string ModeList => string.Join(", ", Enum.GetNames(typeof(CompatibilityMode)));
}
