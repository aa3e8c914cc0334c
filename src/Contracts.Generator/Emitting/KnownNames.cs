namespace Contracts.Generator.Emitting;

/// <summary>The <c>global::</c> names emitted code refers to, written once.</summary>
internal static class KnownNames
{
    /// <summary>
    /// The JSON helpers every member read and write calls, by the alias <see cref="JsonAlias"/> declares: the full name
    /// on every line was a third of the generated text, which the generator builds and Roslyn hashes on every change.
    /// </summary>
    public const string Json = "__Json";
    public const string JsonAlias = "using __Json = global::Contracts.Serialization.ContractJson;";
    public const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";
    public const string ReadContext = "global::Contracts.Serialization.ContractReadContext";
    public const string ContractType = "global::Contracts.Serialization.IContractType";
    public const string MessageInterface = "global::Contracts.Serialization.IMessage";
    public const string Descriptor = "global::Contracts.Serialization.MessageDescriptor";
    public const string TokenNull = "global::System.Text.Json.JsonTokenType.Null";
    public const string List = "global::System.Collections.Generic.List";
    public const string Dictionary = "global::System.Collections.Generic.Dictionary";
    public const string OrdinalComparer = "global::System.StringComparer.Ordinal";
    public const string ValueTask = "global::System.Threading.Tasks.ValueTask";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
}
