using System.Globalization;
using System.Reflection;
using Contracts.Generated.Tests.Fuzz;
using Contracts.Serialization;

// The payload fuzz of PayloadFuzzTests, built against the packed packages as a user restores them (run.sh builds it).
var bodies = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 11;

var runtime = typeof(ContractSerializer).Assembly;
Console.WriteLine($"Contracts.Abstractions {runtime.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion} from {runtime.Location}");

var report = new PayloadFuzzer(FuzzCorpus.Targets(), seed).Run(bodies);
Console.WriteLine(report.Details());
return report.FailureCount == 0 ? 0 : 1;
