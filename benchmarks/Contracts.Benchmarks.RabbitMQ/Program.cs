using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Needs a broker: CONTRACTS_RABBITMQ, or the local one tests/Contracts.RabbitMQ.Tests/broker.sh starts.
// BenchmarkDotNet rebuilds this project per job; on a busy two-core machine that can exceed its default two minutes.
var config = ManualConfig.Union(DefaultConfig.Instance, ManualConfig.CreateEmpty().WithBuildTimeout(TimeSpan.FromMinutes(10)));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
