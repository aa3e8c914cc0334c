using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>
/// A class implementing <c>IUpcast&lt;TOld, TNew&gt;</c>: the dispatcher reads <see cref="From"/>, converts it with
/// <see cref="TypeName"/> and hands the result on to the consumers of <see cref="To"/>.
/// </summary>
internal sealed record UpcastSpec(string TypeName, MessageRef From, MessageRef To);

/// <summary>An upcaster, its name as diagnostics say it, and where it is declared; kept out of <see cref="ServiceSpec"/>.</summary>
internal sealed record UpcastSite(UpcastSpec Upcast, string Upcaster, LocationInfo? Location);
