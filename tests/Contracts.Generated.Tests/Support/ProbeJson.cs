namespace Contracts.Generated.Tests;

/// <summary>A valid <see cref="Probe"/> body and a way to break exactly one part of it.</summary>
internal static class ProbeJson
{
    public const string Valid =
        """{"count":1,"small":2,"name":"n","id":"0f8fad5b-d9cb-469f-a165-70867728950e","day":"2024-02-09","time":"07:05:03","at":"2024-02-09T07:05:03+02:00","span":"01:00:00","colour":"Green","lines":[{"sku":"a","quantity":1},{"sku":"b","quantity":2}],"tally":{"x":1,"y":2},"main":{"sku":"m","quantity":3}}""";

    /// <summary>The valid body with one fragment replaced; fails loudly if the fragment is not there (a test that cannot fail).</summary>
    public static string With(string fragment, string replacement)
    {
        Assert.True(Valid.Contains(fragment, StringComparison.Ordinal), $"the valid probe has no '{fragment}'");
        return Valid.Replace(fragment, replacement, StringComparison.Ordinal);
    }
}
