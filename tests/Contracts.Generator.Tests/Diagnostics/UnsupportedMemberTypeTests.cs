using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>CTR0002 names the member, its type as written, and the nearest supported type.</summary>
public sealed class UnsupportedMemberTypeTests
{
    [Theory]
    [InlineData("DateTime", "DateTime", "DateTimeOffset (a DateTime carries no offset, so its meaning changes between machines)")]
    [InlineData("List<int>", "List<int>", "IReadOnlyList<int>")]
    [InlineData("HashSet<string>", "HashSet<string>", "IReadOnlyList<string>")]
    [InlineData("Dictionary<int, string>", "Dictionary<int, string>", "IReadOnlyDictionary<string, string>")]
    [InlineData("IReadOnlyDictionary<int, decimal>", "IReadOnlyDictionary<int, decimal>", "IReadOnlyDictionary<string, decimal> (JSON object keys are strings)")]
    [InlineData("object", "object", "a partial record that declares the members you send (untyped values defeat the compile-time check)")]
    [InlineData("char", "char", "string")]
    [InlineData("Uri", "Uri", "string")]
    [InlineData("int[,]", "int[,]", "int[] or IReadOnlyList<int> (JSON arrays have one dimension)")]
    [InlineData("(int, string)", "(int, string)", "a partial record with named members")]
    [InlineData("Permissions", "Permissions", "IReadOnlyList<Permissions> (a [Flags] enum has no single name on the wire; send the set of flags)")]
    [InlineData("Address", "Address", "a partial record (declare 'Address' as 'partial record')")]
    [InlineData("IReadOnlyList<DateTime>", "IReadOnlyList<DateTime>", "DateTimeOffset (a DateTime carries no offset, so its meaning changes between machines)")]
    public void CTR0002_UnsupportedMemberType(string written, string display, string suggestion) => DiagnosticAssert.Error(
        "CTR0002",
        $"Member 'Value' of 'Sample' has type '{display}', which is not a supported contract type; use {suggestion}",
        $$"""
        using System;
        using System.Collections.Generic;
        using Contracts;
        namespace Shop;

        [Message("shop.sample")]
        public partial record Sample(int Id, [|{{written}}|] Value);

        [Flags]
        public enum Permissions { None = 0, Read = 1, Write = 2 }

        public class Address
        {
            public string Street { get; set; } = "";
        }
        """);
}
