namespace Contracts.Generated.Tests;

/// <summary>Wire names pinned both ways C# allows on a positional record: on the parameter and on the property.</summary>
[Message("tests.renamed", Version = 1)]
public partial record Renamed(
    [WireName("given_name")] string FirstName,
    [property: WireName("family_name")] string LastName,
    string URLPath,
    int Age);
