using System;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Schema;
using SchemaMode = Contracts.Schema.CompatibilityMode;
using Contracts.Schema.Gates;
using Xunit;

namespace Contracts.Generator.Tests.SchemaLibrary;

/// <summary>What is written twice on purpose (once for the runtime or the release tracking analyzer) stays the same.</summary>
public sealed class OneDefinitionTests
{
    [Fact]
    public void The_runtime_and_the_schema_library_have_the_same_compatibility_modes()
    {
        var runtime = Enum.GetValues<Contracts.CompatibilityMode>().Select(m => (m.ToString(), (int)m));
        var schema = Enum.GetValues<SchemaMode>().Select(m => (m.ToString(), (int)m));

        Assert.Equal(runtime, schema);
    }

    [Fact]
    public void The_gate_diagnostics_are_the_schema_librarys_rules()
    {
        foreach (var rule in GateRules.All)
        {
            var descriptor = DiagnosticDescriptors.Find(rule.Id);
            Assert.Equal(rule.Id, descriptor.Id);
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.Template, descriptor.MessageFormat.ToString());
            Assert.Equal(rule.Severity.ToString(), descriptor.DefaultSeverity.ToString());
        }

        Assert.Equal(GateRules.All.Select(r => r.Id), DiagnosticDescriptors.All.Select(d => d.Id).Where(id => id.StartsWith("CTR01", StringComparison.Ordinal)).Order());
    }

    [Theory]
    [InlineData("Full", true, SchemaMode.Full)]
    [InlineData(" full ", true, SchemaMode.Full)]
    [InlineData("full", false, null)]
    [InlineData("FullTransitive", false, SchemaMode.FullTransitive)]
    [InlineData("3", true, null)]
    [InlineData("", true, null)]
    public void A_mode_is_read_one_way_exactly_or_ignoring_case(string text, bool ignoreCase, SchemaMode? expected)
        => Assert.Equal(expected, CompatibilityModes.Parse(text, ignoreCase));

    [Theory]
    [InlineData(null, null)]
    [InlineData(3, SchemaMode.Full)]
    [InlineData(42, null)]
    public void The_attributes_value_is_checked_not_cast(int? value, SchemaMode? expected)
        => Assert.Equal(expected, CompatibilityModes.FromAttribute(value));
}
