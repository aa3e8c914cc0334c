using System;
using System.CommandLine;
using System.IO;
using Contracts.Tool.Commands;

namespace Contracts.Tool.Cli;

/// <summary>
/// The command line: parses, runs one command, and turns every way of failing into exit code 2 with a message that
/// says what to fix, never a stack trace. Takes its writers and working folder, so tests run it in-process.
/// </summary>
public static class ContractsCli
{
    /// <summary>Runs <paramref name="args"/>; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingFolder)
    {
        try
        {
            var parsed = Root(new ToolContext(output, error, workingFolder)).Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var parseError in parsed.Errors)
                {
                    error.WriteLine("contracts: " + parseError.Message);
                }

                error.WriteLine("Run 'contracts --help' for the commands and their options.");
                return ExitCodes.Unusable;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UnusableInputException e)
        {
            error.WriteLine("contracts: " + e.Message);
            return ExitCodes.Unusable;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("contracts: " + e.Message);
            return ExitCodes.Unusable;
        }
#pragma warning disable CA1031 // The one place every other failure is caught: the user gets a sentence, not a trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"contracts: internal error ({e.GetType().Name}: {e.Message}); please report it with the command line that caused it");
            return ExitCodes.Unusable;
        }
    }

    private static RootCommand Root(ToolContext context) => new("Contracts' gates for any CI: a lock against a git ref, a whole fleet of manifests, and what is deployed where. Exit codes: 0 nothing found, 1 incompatibilities, 2 unusable input.")
    {
        CheckCommand.Create(context),
        FleetCommand.Create(context),
        DeploymentCommands.RecordDeployment(context),
        DeploymentCommands.CanIDeploy(context),
        ExportCommand.Create(context),
        ImportCommand.Create(context),
    };
}
