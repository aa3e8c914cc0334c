using Contracts.Tool.Cli;

namespace Contracts.Tool.Tests;

/// <summary>One run of the tool, in-process: its exit code and what it printed.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public static ToolRun In(string workingFolder, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ContractsCli.Run(args, output, error, workingFolder);
        var run = new ToolRun(exit, output.ToString(), error.ToString());
        Assert.DoesNotContain("   at ", run.Output + run.Error);
        return run;
    }

    public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
