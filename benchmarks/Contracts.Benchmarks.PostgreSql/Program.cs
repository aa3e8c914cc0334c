using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Needs PostgreSQL (CONTRACTS_POSTGRES, or the local cluster tests/Contracts.PostgreSql.Tests/postgres.sh starts) and
// RabbitMQ (CONTRACTS_RABBITMQ, or the local one tests/Contracts.RabbitMQ.Tests/broker.sh starts).
// BenchmarkDotNet rebuilds this project per job; on a busy two-core machine that can exceed its default two minutes.
var config = ManualConfig.Union(DefaultConfig.Instance, ManualConfig.CreateEmpty().WithBuildTimeout(TimeSpan.FromMinutes(10)));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
