using Contracts.Generator.Specs;
using Contracts.Schema;
using Contracts.Schema.Gates;

namespace Contracts.Generator.Gates;

/// <summary>
/// The project's MSBuild settings the gates read: <c>ContractsCompatibility</c> (a mode name or empty for "by role"),
/// <c>ContractsRequireLock</c>, <c>UpdateContractsLock</c>, and <c>ContractsLockFile</c>: where the lock belongs, set by
/// the package's props. Without it the compiler was not driven by MSBuild with the package (a bare csc, a test), so
/// there is no project to have a lock and a missing one is not reported. <c>ContractsFleetComplete</c> declares the
/// project's <c>&lt;ContractManifest&gt;</c> items to be every other service: its published messages are then judged
/// by what those consumers read (the schema library's ConsumerDrivenEvolution).
/// </summary>
internal sealed record GateSettings(string? ProjectMode, bool RequireLock, bool UpdateLock, string? LockFilePath = null, bool FleetComplete = false)
{
    public LockSettings Lock => new(RequireLock, UpdateLock, LockExpected: LockFilePath is not null);
}

/// <summary>
/// What the project's code says about its contracts, all value-equal: the input of <see cref="LocalProject.Build"/>.
/// <see cref="Unsettled"/> are the [Message] types that could not be read (an error in them): the gates cannot tell
/// what they will be, so they do not judge them (an empty name: not even which message it is).
/// </summary>
internal sealed record LocalContracts(
    EquatableArray<ContractTypeSpec> Types,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<MessageLocations> Locations,
    EquatableArray<MessageIdentity> Unsettled);

/// <summary>What the gates decided, placed in the project's sources: diagnostics, and the lock text to write, if any.</summary>
internal sealed record GateResult(EquatableArray<DiagnosticInfo> Diagnostics, string? NewLockText);
