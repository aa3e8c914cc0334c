namespace Contracts.Tool.Cli;

/// <summary>What the tool's exit code means; CI scripts branch on these, so they never change.</summary>
public static class ExitCodes
{
    /// <summary>Nothing was found (warnings and information may have been printed).</summary>
    public const int Clean = 0;

    /// <summary>At least one incompatibility (an error finding).</summary>
    public const int Incompatible = 1;

    /// <summary>The input or the arguments cannot be used: a missing file, an unknown ref, a file that is not a manifest.</summary>
    public const int Unusable = 2;
}

/// <summary>
/// Input or arguments the tool cannot use, said so that a person can fix them (which file, which line, what to do);
/// the top of the tool prints the message, never a stack trace, and exits with <see cref="ExitCodes.Unusable"/>.
/// </summary>
public sealed class UnusableInputException : System.Exception
{
    /// <summary>Creates the exception with the message the user will read.</summary>
    public UnusableInputException(string message)
        : base(message)
    {
    }
}
