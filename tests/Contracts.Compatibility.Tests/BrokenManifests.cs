using Contracts.Schema.Manifest;

namespace Contracts.Compatibility.Tests;

/// <summary>What the tests of broken manifests share: a one-message document to break, and the located-error check.</summary>
internal static class BrokenManifests
{
    public const string Path = "/repo/orders/contracts.lock.json";

    /// <summary>A valid manifest with one message; <paramref name="rest"/> (its remaining properties) starts on line 10.</summary>
    public static string OneMessage(string compatibility, string rest) =>
        "{\n" +
        "  \"format\": 1,\n" +
        "  \"service\": \"orders\",\n" +
        "  \"messages\": [\n" +
        "    {\n" +
        "      \"name\": \"orders.order-placed\",\n" +
        "      \"version\": 1,\n" +
        "      \"role\": \"publishes\",\n" +
        "      \"compatibility\": \"" + compatibility + "\",\n" +
        rest +
        "    }\n" +
        "  ]\n" +
        "}\n";

    /// <summary>Reading <paramref name="text"/> fails, with an error containing <paramref name="message"/> at the position, MSBuild style.</summary>
    public static void AssertErrorAt(string name, string text, int line, int column, string message)
    {
        var (manifest, errors) = ManifestReader.Read(Path, text);

        Assert.Null(manifest);
        var error = errors.FirstOrDefault(e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.True(error is not null, name + ": no error contains '" + message + "'; got: " + string.Join(" | ", errors));
        Assert.Equal((line, column), (error!.Line, error.Column));
        Assert.Equal(Path, error.FilePath);
        Assert.StartsWith(Path + "(" + line + "," + column + "): ", error.ToString());
    }
}
