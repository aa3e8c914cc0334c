using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Contracts.Benchmarks.Generator;

if (args is ["steps"])
{
    StepProfile.Run(Console.Out);
    return;
}

// BenchmarkDotNet rebuilds this project for each job; on a busy two-core machine that can take longer than its
// default two minutes.
var config = ManualConfig.Union(DefaultConfig.Instance, ManualConfig.CreateEmpty().WithBuildTimeout(TimeSpan.FromMinutes(10)));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
