using System.Collections.Concurrent;
using System.Diagnostics;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// Runs tests/Contracts.RabbitMQ.CrashingConsumer as a real child process, again each time it dies, as a supervisor
/// (systemd, Kubernetes) would, until the test has what it waits for; then ends the last one. Collects what the
/// children printed and how each run ended.
/// </summary>
internal sealed class ChildService : IAsyncDisposable
{
    public const string Endpoint = "Contracts.RabbitMQ.CrashingConsumer";

    private readonly string[] _arguments;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<int> _exitCodes = new();
    private Task? _supervisor;
    private int _ready;

    public ChildService(params string[] arguments) => _arguments = arguments;

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>Exit codes of the runs that ended by themselves (137 = killed by SIGKILL).</summary>
    public IReadOnlyCollection<int> ExitCodes => _exitCodes;

    public bool Ready => Volatile.Read(ref _ready) > 0;

    public void Start() => _supervisor = Task.Run(SuperviseAsync);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_supervisor is not null)
        {
            await _supervisor;
        }
    }

    private async Task SuperviseAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var child = Process.Start(new ProcessStartInfo("dotnet", [Program(), .. _arguments])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            child.OutputDataReceived += (_, e) => Read(e.Data);
            child.ErrorDataReceived += (_, e) => Read(e.Data is null ? null : "stderr: " + e.Data);
            child.BeginOutputReadLine();
            child.BeginErrorReadLine();
            try
            {
                await child.WaitForExitAsync(_stop.Token);
                _exitCodes.Enqueue(child.ExitCode);
            }
            catch (OperationCanceledException)
            {
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync();
            }
        }
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        if (line == "ready")
        {
            Interlocked.Increment(ref _ready);
        }
    }

    // Built beside this test project in the same configuration (the ProjectReference builds it first).
    private static string Program()
    {
        var here = AppContext.BaseDirectory; // tests/Contracts.RabbitMQ.Tests/bin/<Configuration>/net10.0/
        var framework = new DirectoryInfo(here).Name;
        var configuration = new DirectoryInfo(here).Parent!.Name;
        var path = Path.GetFullPath(Path.Combine(here, "..", "..", "..", "..", "Contracts.RabbitMQ.CrashingConsumer", "bin", configuration, framework, Endpoint + ".dll"));
        Assert.True(File.Exists(path), $"{path} is missing: build tests/Contracts.RabbitMQ.CrashingConsumer");
        return path;
    }
}
