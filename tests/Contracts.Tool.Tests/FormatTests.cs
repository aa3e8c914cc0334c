using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using static Contracts.Tool.Tests.Manifests;

namespace Contracts.Tool.Tests;

/// <summary>Each <c>--format</c>, checked by parsing what it printed, over one run with two errors.</summary>
public sealed class FormatTests : IDisposable
{
    private readonly Workspace _work = new();

    public FormatTests()
    {
        _work.Write("old/orders.json", Orders(Customer, OrderId, Total));
        _work.Write("orders.json", Orders(OrderId, Total).Replace("\"type\": \"decimal\"", "\"type\": \"string\""));
    }

    [Fact]
    public void Msvs_is_path_line_column_severity_id_message()
    {
        var run = Check("msvs");

        var shape = new Regex(@"^(?<path>[^(]+)\((?<line>\d+),(?<col>\d+)\) : error (?<id>CTR\d{4}) : (?<message>.+)$");
        Assert.All(run.Lines, l => Assert.Matches(shape, l));
        Assert.Equal(new[] { "6", "12" }, run.Lines.Select(l => shape.Match(l).Groups["line"].Value));
    }

    [Fact]
    public void Github_actions_are_workflow_commands_with_file_and_line()
    {
        var run = Check("github-actions");

        var shape = new Regex(@"^::error file=(?<file>[^,]+),line=(?<line>\d+),col=(?<col>\d+),title=(?<title>[^:]+)::(?<message>[^\r\n]+)$");
        var matches = run.Lines.Select(l => shape.Match(l)).ToList();
        Assert.All(matches, m => Assert.True(m.Success));
        Assert.All(matches, m => Assert.Equal("orders.json", m.Groups["file"].Value));
        Assert.Equal("CTR0100 Breaking change to a locked contract", matches[0].Groups["title"].Value);
        Assert.StartsWith("FIELD_REMOVED: ", matches[0].Groups["message"].Value);
    }

    [Fact]
    public void Junit_has_a_suite_per_file_and_a_failing_case_per_error()
    {
        var run = Check("junit");

        var root = XDocument.Parse(run.Output).Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        var suite = Assert.Single(root.Elements("testsuite"));
        Assert.Equal("orders.json", (string)suite.Attribute("name")!);
        Assert.Equal(2, (int)suite.Attribute("failures")!);
        var failures = suite.Elements("testcase").Select(c => c.Element("failure")!).ToList();
        Assert.Equal(new[] { "CTR0100", "CTR0100" }, failures.Select(f => (string)f.Attribute("type")!));
        Assert.StartsWith("FIELD_REMOVED: ", (string)failures[0].Attribute("message")!);
    }

    [Fact]
    public void Junit_of_a_clean_run_lists_each_file_as_a_passing_case()
    {
        var run = ToolRun.In(_work.Root, "check", "old/orders.json", "--against", "old/orders.json", "--format", "junit");

        Assert.Equal(0, run.ExitCode);
        var testCase = Assert.Single(XDocument.Parse(run.Output).Descendants("testcase"));
        Assert.Null(testCase.Element("failure"));
    }

    [Fact]
    public void Json_is_one_object_per_line_with_path_line_type_and_the_broken_rule()
    {
        var run = Check("json");

        var findings = run.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("orders.json", f.GetProperty("path").GetString()));
        Assert.Equal(new[] { 6, 12 }, findings.Select(f => f.GetProperty("start_line").GetInt32()));
        Assert.All(findings, f => Assert.Equal("CTR0100", f.GetProperty("type").GetString()));
        Assert.Equal(new[] { "FIELD_REMOVED", "TYPE_CHANGED" }, findings.Select(f => f.GetProperty("properties").GetProperty("Rule").GetString()));
    }

    public void Dispose() => _work.Dispose();

    private ToolRun Check(string format)
    {
        var run = ToolRun.In(_work.Root, "check", "orders.json", "--against", "old/orders.json", "--format", format);
        Assert.Equal(1, run.ExitCode);
        return run;
    }
}
