using Contracts.Generator.Model;

using Contracts.Schema;

namespace Contracts.Generator.Evolution;

/// <summary>
/// The project's MSBuild settings the gate reads: <c>ContractsCompatibility</c> (a mode name or empty for "by role"),
/// <c>ContractsRequireLock</c>, <c>UpdateContractsLock</c>, and <c>ContractsLockFile</c>: where the lock belongs, set by
/// the package's props. Without it the compiler was not driven by MSBuild with the package (a bare csc, a test), so
/// there is no project to have a lock and a missing one is not reported.
/// </summary>
internal sealed record EvolutionSettings(string? ProjectMode, bool RequireLock, bool UpdateLock, string? LockFilePath = null);

/// <summary>The committed lock: its path (for error locations) and its text.</summary>
internal sealed record LockFile(string Path, string Text);

/// <summary>
/// What the project's code says about its contracts, all value-equal: the input of <see cref="CurrentContracts"/>.
/// <see cref="Unsettled"/> are the [Message] types that could not be read (an error in them): the gates cannot tell
/// what they will be, so they do not judge them (an empty name: not even which message it is).
/// </summary>
internal sealed record ProjectInput(
    string ServiceName,
    string? ProjectMode,
    EquatableArray<MessageUsage> Usages,
    EquatableArray<ContractTypeSpec> LocalTypes,
    EquatableArray<EnumSpec> LocalEnums,
    EquatableArray<MessageLocations> Locations,
    ReferencedContracts Referenced,
    EquatableArray<MessageIdentity> Unsettled = default);

/// <summary>What the gate decided: diagnostics, and the lock text to write when an update was asked for and allowed.</summary>
internal sealed record EvolutionResult(EquatableArray<DiagnosticInfo> Diagnostics, string? NewLockText);
