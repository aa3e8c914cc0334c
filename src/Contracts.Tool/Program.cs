using System;
using Contracts.Tool.Cli;

namespace Contracts.Tool;

/// <summary>The <c>contracts</c> command's entry point.</summary>
public static class Program
{
    /// <summary>Runs the command line; the exit code is 0 (nothing found), 1 (incompatibilities) or 2 (unusable input).</summary>
    public static int Main(string[] args) => ContractsCli.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
}
