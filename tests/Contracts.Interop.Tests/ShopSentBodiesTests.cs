using System.Diagnostics;
using System.Text.Json;

namespace Contracts.Interop.Tests;

/// <summary>
/// What the sample fleet really sent, checked by ajv: the Shop runs with `--record`, and every body it published is
/// validated against the producer's exported JSON Schema and against the schema of each service that consumes it.
/// </summary>
public sealed class ShopSentBodiesTests
{
    [SkippableFact]
    public async Task Every_body_the_Shop_sent_is_valid_for_its_producer_and_every_consumer()
    {
        Node.Require();
        var sent = await RecordShopAsync();
        var cases = new List<(string Message, string Service, string Schema, string Body)>();
        foreach (var (name, version, body) in sent)
        {
            foreach (var export in Exports.Shop)
            {
                var schema = export.Full($"json-schema/{name}.v{version}.schema.json");
                if (File.Exists(schema))
                {
                    cases.Add(($"{name} v{version}", export.Service, schema, body));
                }
            }
        }

        var result = await Node.RunAsync("json-schema.mjs", new
        {
            schemas = cases.Select(c => c.Schema).Distinct().ToList(),
            cases = cases.Select(c => new { schema = c.Schema, body = c.Body }).ToList(),
        });

        var verdicts = result.GetProperty("cases").EnumerateArray().ToList();
        var invalid = cases.Zip(verdicts).Where(p => !p.Second.GetProperty("valid").GetBoolean())
            .Select(p => $"{p.First.Message} for {p.First.Service}: {p.Second.GetProperty("errors")} in {p.First.Body}").ToList();
        Assert.True(invalid.Count == 0, $"{invalid.Count} of {cases.Count} checks failed:\n" + string.Join("\n", invalid.Take(10)));

        // Every message name the fleet sends was checked for its producer and at least one consumer.
        var checkedFor = cases.GroupBy(c => c.Message).ToDictionary(g => g.Key, g => g.Select(c => c.Service).Distinct().Count());
        Assert.All(sent.Select(s => $"{s.Name} v{s.Version}").Distinct(), message =>
            Assert.True(checkedFor.GetValueOrDefault(message) >= 2, $"{message} was checked against {checkedFor.GetValueOrDefault(message)} service schema(s), not its producer's and a consumer's"));
        Assert.True(sent.Count > 800, $"the Shop sent {sent.Count} messages, fewer than its 300 orders cause");
    }

    /// <summary>Runs the built Shop sample with `--record` and reads back what it published.</summary>
    private static async Task<List<(string Name, int Version, string Body)>> RecordShopAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("contracts-interop-shop-").FullName, "sent.jsonl");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "run", "--project", "samples/Shop", "--no-build", "--", "--record", file })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(process.ExitCode == 0, $"the Shop exited {process.ExitCode}:\n{await output}\n{await error}");

        return File.ReadLines(file).Select(line =>
        {
            using var message = JsonDocument.Parse(line);
            var headers = message.RootElement.GetProperty("headers");
            return (
                headers.GetProperty("contracts-message").GetString()!,
                int.Parse(headers.GetProperty("contracts-version").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                message.RootElement.GetProperty("body").GetRawText());
        }).ToList();
    }
}
