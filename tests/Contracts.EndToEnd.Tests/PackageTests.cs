using Contracts.EndToEnd.Tests.Infrastructure;
using Contracts.Generator.Tests;

namespace Contracts.EndToEnd.Tests;

/// <summary>
/// What a user gets from NuGet: both packages are packed into a folder feed, and projects outside the repository
/// (so nothing of its Directory.*.props leaks in) reference the ONE package <c>Contracts</c> and build with the real SDK.
/// The contracts are design.md's example, the same text the generator tests compile in memory.
/// </summary>
public sealed class PackageTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    // Serializing needs Contracts.Abstractions at run time: printing the JSON proves the dependency flowed.
    private const string Program = """
        using System;
        using System.Text;
        using Contracts.Serialization;
        using Shop.Orders;

        var order = new OrderPlaced(
            Guid.Parse("6f1c1b2e-0000-4000-8000-000000000001"), "customer-7",
            new[] { new OrderLine("sku-1", 2, 4.5m) }, 9.0m, new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
        Console.WriteLine(Encoding.UTF8.GetString(ContractSerializer.SerializeToUtf8Bytes(order)));
        """;

    private const string NotPartialMessage = """
        using System;
        using Contracts;

        namespace Shop.Orders;

        [Message("orders.order-placed", Version = 1)]
        public record OrderPlaced(Guid OrderId);
        """;

    [Fact]
    public async Task ConsumerOfTheOnePackageBuildsWithoutWarningsAndRuns()
    {
        var project = feed.WriteConsumer("good", ("Contracts.cs", Sources.DesignExample), ("Program.cs", Program));

        var build = await feed.DotnetAsync(project, "build", "-warnaserror", "-tl:off");
        Assert.True(build.ExitCode == 0, build.Transcript);
        Assert.Contains(build.StandardOutput, line => line.Contains("0 Warning(s)"));

        // The buildTransitive props were imported: the generator can see the property.
        var editorConfig = Directory.GetFiles(Path.Combine(project, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories);
        Assert.Contains("build_property.ContractsServiceName = orders", File.ReadAllText(Assert.Single(editorConfig)));

        var run = await feed.DotnetAsync(project, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Transcript);
        var json = Assert.Single(run.StandardOutput);
        Assert.Contains("\"orderId\":\"6f1c1b2e-0000-4000-8000-000000000001\"", json);
        Assert.Contains("\"customerId\":\"customer-7\"", json);
        Assert.Contains("\"sku\":\"sku-1\"", json);
    }

    // A Node service's AsyncAPI view of the design example's message, requiring a member the example does not send.
    private const string NodeConsumerDocument = """
        asyncapi: 3.0.0
        info: { title: notifications, version: 1.0.0, x-contracts-language: typescript }
        channels:
          orderPlaced:
            address: orders.order-placed.v1
            messages:
              orderPlaced:
                payload:
                  type: object
                  properties: { orderId: { type: string, format: uuid }, region: { type: string } }
                  required: [orderId, region]
        operations:
          receiveOrderPlaced: { action: receive, channel: { $ref: '#/channels/orderPlaced' } }
        """;

    [Fact]
    public async Task PackagedImporterChecksTheProducerAgainstAnAsyncApiConsumer()
    {
        var project = feed.WriteConsumer(
            "imports", """<ContractManifest Include="asyncapi.yaml" />""",
            ("Contracts.cs", Sources.DesignExample), ("Program.cs", "System.Console.WriteLine();"), ("asyncapi.yaml", NodeConsumerDocument));

        var build = await feed.DotnetAsync(project, "build", "-tl:off");

        Assert.True(build.ExitCode != 0, build.Transcript);
        Assert.Contains("error CTR0111: 'orders.order-placed' version 1 as orders sends it cannot be read by service 'notifications' (imports/asyncapi.yaml)", build.Transcript);
        Assert.Contains("'region'", build.Transcript);
    }

    [Fact]
    public void ImporterShipsUnderToolsWithItsDependencies()
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(feed.ContractsPackage);
        var tools = package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tools/importer/", StringComparison.Ordinal)).ToList();

        Assert.Contains("tools/importer/Contracts.Import.Cli.dll", tools);
        Assert.Contains("tools/importer/Contracts.Import.Cli.runtimeconfig.json", tools);
        Assert.Contains("tools/importer/Contracts.Import.Cli.deps.json", tools);
        Assert.Contains("tools/importer/YamlDotNet.dll", tools);
        Assert.Contains("tools/importer/Contracts.Schema.dll", tools);
    }

    [Fact]
    public void CodeFixesShipNextToTheGenerator()
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(feed.ContractsPackage);
        var analyzers = package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("analyzers/", StringComparison.Ordinal)).Order().ToList();

        Assert.Equal(["analyzers/dotnet/cs/Contracts.CodeFixes.dll", "analyzers/dotnet/cs/Contracts.Generator.dll"], analyzers);
    }

    [Fact]
    public async Task MessageThatIsNotPartialFailsTheBuildWithCtr0001()
    {
        var project = feed.WriteConsumer("misuse", ("Contracts.cs", NotPartialMessage), ("Program.cs", "System.Console.WriteLine();"));

        var build = await feed.DotnetAsync(project, "build", "-tl:off");

        Assert.True(build.ExitCode != 0, build.Transcript);
        Assert.Contains("error CTR0001", build.Transcript);
    }
}

/// <summary>
/// Packs the repository's packages once per test class, at a version no cache has seen, into a temporary feed, and
/// gives consumers a fresh package folder: what they restore is what was just packed.
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    // Packing compiles the generator and both runtime targets; a loaded 2-core machine needs minutes, not seconds.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private readonly string root = Path.Combine(Path.GetTempPath(), "contracts-e2e-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The version both packages were packed at.</summary>
    public string Version { get; private set; } = "";

    /// <summary>The packed <c>Contracts</c> package file.</summary>
    public string ContractsPackage => Path.Combine(root, "feed", $"Contracts.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(root);
        // MSBuild looks for Directory.Build.* upward from a project; these empty ones end the search here.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(root, name), "<Project />\n");
        }

        // Only the suffix is ours: the prefix stays the one Directory.Build.props sets for every package.
        var suffix = "test" + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + Guid.NewGuid().ToString("N")[..6];
        var feedFolder = Path.Combine(root, "feed");
        foreach (var project in new[] { "src/Contracts.Package/Contracts.Package.csproj", "src/Contracts.Abstractions/Contracts.Abstractions.csproj" })
        {
            // The artifacts path keeps this build out of the repository's bin/obj, which other tests are using.
            var pack = await DotnetCli.RunAsync(
                ["pack", RepositoryRoot.Combine(project), "-c", "Release", "-o", feedFolder, "--artifacts-path", Path.Combine(root, "artifacts"),
                 "-p:VersionSuffix=" + suffix, "-tl:off"],
                Timeout);
            Assert.True(pack.ExitCode == 0, pack.Transcript);
        }

        const string AbstractionsPrefix = "Contracts.Abstractions.";
        var abstractions = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(feedFolder, AbstractionsPrefix + "*.nupkg")));
        Version = abstractions[AbstractionsPrefix.Length..];
        Assert.EndsWith(suffix, Version);
        Assert.True(File.Exists(ContractsPackage), "the Contracts package has the same version");

        var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        // The feed is added to the sources the machine already uses (nuget.config files merge; no <clear/>). The
        // machine's package folder serves as a read-only fallback so third-party packages need no download.
        var fallback = Directory.Exists(machinePackages)
            ? $"""<fallbackPackageFolders><add key="machine" value="{machinePackages}" /></fallbackPackageFolders>"""
            : "";
        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="contracts-test-feed" value="{feedFolder}" />
              </packageSources>
              {fallback}
            </configuration>
            """);
    }

    /// <summary>Writes a console project with one package reference, to <c>Contracts</c>, and the given sources.</summary>
    public string WriteConsumer(string name, params (string File, string Text)[] sources) => WriteConsumer(name, "", sources);

    /// <summary>As <see cref="WriteConsumer(string, (string, string)[])"/>, with <paramref name="items"/> copied into an ItemGroup as they are.</summary>
    public string WriteConsumer(string name, string items, params (string File, string Text)[] sources)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ContractsServiceName>orders</ContractsServiceName>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Contracts" Version="{Version}" />
                {items}
              </ItemGroup>
            </Project>
            """);
        foreach (var (file, text) in sources)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        return folder;
    }

    /// <summary>Runs <c>dotnet</c> in a consumer folder with a package folder that no earlier run has filled.</summary>
    public Task<ProcessResult> DotnetAsync(string directory, params string[] arguments)
        => DotnetCli.RunAsync(arguments, Timeout, directory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") });

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a passed test over.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }
}
