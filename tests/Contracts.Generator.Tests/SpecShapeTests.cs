using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Generator.Tests;

/// <summary>
/// The cache only works if every value flowing through the pipeline is compared by value. This walks the values the
/// real pipeline produced and fails on anything that pins a compilation or compares by reference.
/// </summary>
public sealed class SpecShapeTests
{
    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(SyntaxTree),
    };

    [Fact]
    public void PipelineValuesHoldNoSymbolsNodesLocationsOrArrays()
    {
        var values = IncrementalTests.RunEveryStep().TrackedSteps
            .Where(step => typeof(TrackingNames).GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static).Any(f => (string?)f.GetValue(null) == step.Key))
            .SelectMany(step => step.Value)
            .SelectMany(run => run.Outputs)
            .Select(output => output.Value)
            .ToList();

        Assert.NotEmpty(values);
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var value in values)
        {
            Walk(value, "value", visited);
        }
    }

    [Fact]
    public void EqualInputsGiveEqualSpecs()
    {
        var first = SpecsOf(GeneratorHarness.Compile(AllTypesSources.Code));
        var second = SpecsOf(GeneratorHarness.Compile(AllTypesSources.Code));

        Assert.Equal(first, second);
        Assert.Equal(first.Select(s => s.GetHashCode()), second.Select(s => s.GetHashCode()));
    }

    private static List<object> SpecsOf(Compilation compilation)
        => GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation).GetRunResult().Results.Single()
            .TrackedSteps[TrackingNames.MessageSpecs].SelectMany(run => run.Outputs).Select(o => o.Value).ToList();

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        var type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} is a {type.Name}, which breaks incremental caching");
        Assert.False(type.IsArray, $"{path} is an array ({type.Name}), which compares by reference");
        Assert.False(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>),
            $"{path} is an ImmutableArray, which compares by reference");

        if (value is System.Collections.IEnumerable sequence && type.Namespace?.StartsWith("Contracts", StringComparison.Ordinal) == true)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                Walk(item, $"{path}[{index++}]", visited);
            }

            return;
        }

        if (value is System.Runtime.CompilerServices.ITuple tuple)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                Walk(tuple[i], $"{path}.Item{i + 1}", visited);
            }

            return;
        }

        if (type.Namespace?.StartsWith("Contracts", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Walk(property.GetValue(value), path + "." + property.Name, visited);
        }
    }
}
