namespace Contracts.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A temporary folder outside the repository in which projects use Contracts from source, the way the samples do:
/// its Directory.Build.props references src/Contracts.Abstractions and src/Contracts.Generator (as an analyzer) and
/// imports the package's buildTransitive Contracts.props, and points ContractsImporterPath at src/Contracts.Import.Cli built
/// there; its Directory.Build.targets imports Contracts.targets. So
/// the repository's own Directory.*.props never apply, and what is tested is the package's build files with the
/// generator of this checkout, without the minutes that packing takes (PackageTests covers the packed path).
/// </summary>
/// <remarks>
/// Every build passes one <c>--artifacts-path</c> inside the folder, so the repository's bin/obj (which other tests
/// and other builds use) are never written. The warm-up build compiles the runtime and the generator there once;
/// later builds skip rebuilding them (<c>-p:BuildProjectReferences=false</c>) unless a project references a project
/// of its own.
/// </remarks>
public sealed class ContractsWorkspace : IAsyncLifetime
{
    // Compiling the generator on a loaded 2-core machine takes minutes, not seconds; one project build far less.
    internal static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private int _folders;

    /// <summary>The temporary folder; every project lives below it.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "contracts-lock-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Where every build puts its bin and obj folders (one name per project, so names must be unique).</summary>
    public string ArtifactsPath => Path.Combine(Root, "artifacts");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        var abstractions = RepositoryRoot.Combine("src/Contracts.Abstractions/Contracts.Abstractions.csproj");
        var generator = RepositoryRoot.Combine("src/Contracts.Generator/Contracts.Generator.csproj");
        var package = RepositoryRoot.Combine("src/Contracts.Package/buildTransitive");
        var importer = RepositoryRoot.Combine("src/Contracts.Import.Cli/Contracts.Import.Cli.csproj");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ContractsImporterPath>{Path.Combine(ArtifactsPath, "bin", "Contracts.Import.Cli", "debug", "Contracts.Import.Cli.dll")}</ContractsImporterPath>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{abstractions}" />
                <ProjectReference Include="{generator}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{importer}" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{Path.Combine(package, "Contracts.props")}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), $"""
            <Project>
              <Import Project="{Path.Combine(package, "Contracts.targets")}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");

        // Builds the runtime and the generator into the artifacts folder once, and proves the setup itself works.
        var warmUp = NewProject("WarmUp", "warm-up");
        warmUp.Write("Messages.cs", """
            using Contracts;

            namespace WarmUp;

            [Message("warm-up.ping")]
            public partial record Ping(Guid Id);
            """);
        var build = await warmUp.BuildAsync(buildReferences: true);
        Assert.True(build.Succeeded, build.Transcript);
    }

    /// <summary>
    /// A new project in a folder of its own: <paramref name="name"/> names the .csproj (unique in the workspace) and
    /// <paramref name="serviceName"/> is its <c>ContractsServiceName</c>; <paramref name="extraProperties"/> and
    /// <paramref name="extraItems"/> are copied into the project file as they are.
    /// </summary>
    public ContractsProject NewProject(string name, string serviceName, string extraProperties = "", string extraItems = "")
    {
        var folder = Path.Combine(Root, $"{Interlocked.Increment(ref _folders):D2}-{name}", name);
        Directory.CreateDirectory(folder);
        var project = new ContractsProject(this, folder, name);
        project.WriteProjectFile(serviceName, extraProperties, extraItems);
        return project;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
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

/// <summary>One project in a <see cref="ContractsWorkspace"/>: its files, its lock, and <c>dotnet build</c> on it.</summary>
public sealed class ContractsProject
{
    private readonly ContractsWorkspace _workspace;
    private bool _restored;

    internal ContractsProject(ContractsWorkspace workspace, string folder, string name)
    {
        _workspace = workspace;
        Folder = folder;
        Name = name;
    }

    /// <summary>The folder that holds the .csproj.</summary>
    public string Folder { get; }

    public string Name { get; }

    /// <summary>contracts.lock.json beside the .csproj, where the package's props look for it.</summary>
    public string LockPath => Path.Combine(Folder, "contracts.lock.json");

    public bool HasLock => File.Exists(LockPath);

    public byte[] LockBytes => File.ReadAllBytes(LockPath);

    public string LockText => File.ReadAllText(LockPath);

    /// <summary>Rewrites the .csproj, e.g. to add <c>&lt;ContractsCompatibility&gt;</c>.</summary>
    public void WriteProjectFile(string serviceName, string extraProperties = "", string extraItems = "")
        => Write(Name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <ContractsServiceName>{serviceName}</ContractsServiceName>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                {extraItems}
              </ItemGroup>
            </Project>
            """);

    public void Write(string file, string text) => File.WriteAllText(Path.Combine(Folder, file), text);

    /// <summary>
    /// Marks a file as edited without changing it, so the next build compiles again. MSBuild skips an up-to-date
    /// compile, and a skipped compile reports no diagnostics at all.
    /// </summary>
    public void Touch(string file) => File.SetLastWriteTimeUtc(Path.Combine(Folder, file), DateTime.UtcNow);

    /// <summary>Writes contracts.lock.json as a person would (or a merge would): exactly these bytes.</summary>
    public void WriteLock(string text) => File.WriteAllText(LockPath, text);

    /// <summary>
    /// <c>dotnet build</c> on the project with <paramref name="arguments"/> (e.g. <c>-p:UpdateContractsLock=true</c>).
    /// The first build of a project restores it; later ones pass <c>--no-restore</c>. <paramref name="buildReferences"/>
    /// rebuilds referenced projects (needed when the project references one of its own); <paramref name="detailed"/>
    /// asks for detailed verbosity, the only one at which MSBuild prints the compiler's info diagnostics.
    /// </summary>
    public async Task<BuildOutput> BuildAsync(IEnumerable<string>? arguments = null, bool buildReferences = false, bool detailed = false, IReadOnlyDictionary<string, string>? environment = null)
    {
        var command = new List<string> { "build", Path.Combine(Folder, Name + ".csproj"), "--artifacts-path", _workspace.ArtifactsPath, "-tl:off", "-nologo" };
        if (_restored)
        {
            command.Add("--no-restore");
        }

        if (!buildReferences)
        {
            command.Add("-p:BuildProjectReferences=false");
        }

        command.Add(detailed ? "-v:d" : "-v:n");
        command.AddRange(arguments ?? []);
        var result = await DotnetCli.RunAsync(command, ContractsWorkspace.Timeout, Folder, environment);
        Assert.False(result.TimedOut, "dotnet build timed out:" + Environment.NewLine + result.Transcript);
        _restored = true;
        return new BuildOutput(result);
    }

    /// <summary><c>dotnet build -p:UpdateContractsLock=true</c>: the one command that writes the lock.</summary>
    public Task<BuildOutput> UpdateLockAsync(bool buildReferences = false)
        => BuildAsync(["-p:UpdateContractsLock=true"], buildReferences);
}
