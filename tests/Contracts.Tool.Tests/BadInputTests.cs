using static Contracts.Tool.Tests.Manifests;

namespace Contracts.Tool.Tests;

/// <summary>Input the tool cannot use exits 2 with the file and, where there is one, the line; never a stack trace (<see cref="ToolRun"/> checks).</summary>
public sealed class BadInputTests
{
    [Fact]
    public void No_such_ref_exits_2()
    {
        using var repo = Workspace.Git();
        repo.Write("contracts.lock.json", Orders(OrderId));
        repo.Commit("orders");

        var run = repo.Tool("check", "contracts.lock.json", "--against", "origin/main");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"contracts: no such git revision 'origin/main' in {repo.Root} (for contracts.lock.json); fetch it first (e.g. git fetch origin main) or check the name",
            run.Error.Trim());
    }

    [Fact]
    public void A_file_that_is_not_a_manifest_exits_2_with_its_line()
    {
        using var work = new Workspace();
        work.Write("package.json", "{\n  \"name\": \"shop-web\",\n  \"version\": \"1.0.0\"\n}\n");

        var run = work.Tool("fleet", "package.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "package.json:1:1: error CTR0115: package.json(1,1): the manifest has no \"format\"; fix the manifest (see docs/manifest-format.md) or remove it from <ContractManifest>",
            run.Lines[0]);
    }

    [Fact]
    public void Malformed_json_exits_2_with_its_line_and_column()
    {
        using var work = new Workspace();
        work.Write("orders.json", Orders(OrderId).Replace("\"version\": 1,", "\"version\": 1"));

        var run = work.Tool("fleet", "orders.json", "--format", "msvs");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("orders.json(8,7) : error CTR0115 : orders.json(8,7): not valid JSON: ", run.Lines[0]);
    }

    [Fact]
    public void Malformed_yaml_exits_2_with_its_file()
    {
        using var work = new Workspace();
        work.Write("web.asyncapi.yaml", "asyncapi: 3.0.0\ninfo: [unclosed\n");

        var run = work.Tool("fleet", "web.asyncapi.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("web.asyncapi.yaml:", run.Lines[0]);
        Assert.Contains(" error CTR0115: ", run.Lines[0]);
    }

    [Theory]
    [InlineData("fleet", "missing.json")]
    [InlineData("fleet", "nothing/*.json")]
    [InlineData("check", "x.json")]
    [InlineData("fleet", "--format", "xml", "x.json")]
    [InlineData("frobnicate")]
    public void Unusable_arguments_exit_2_with_a_sentence(params string[] args)
    {
        using var work = new Workspace();

        var run = work.Tool(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("contracts: ", run.Error);
    }
}
