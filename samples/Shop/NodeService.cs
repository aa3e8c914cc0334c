using System.Diagnostics;
using System.Text.Json;

namespace Shop;

/// <summary>What the Notifications service reports about itself (its <c>status</c> and <c>stopped</c> lines).</summary>
internal sealed record NodeStatus(
    long Handled,
    long Retried,
    long DeadLettered,
    long Published,
    long InFlight,
    long Queued,
    long Unchecked,
    IReadOnlyDictionary<string, long> HandledByKey,
    IReadOnlyList<string> DeadLetterReasons)
{
    public static readonly NodeStatus None = new(0, 0, 0, 0, 0, 0, 0, new Dictionary<string, long>(), []);

    /// <summary>Deliveries it finished one way or another; unchanged between two looks means it did nothing meanwhile.</summary>
    public long Settled => Handled + Retried + DeadLettered;

    public bool Idle => Queued == 0 && InFlight == 0;
}

/// <summary>
/// `--with-node`: the Node.js Notifications service (samples/Shop/Notifications) as a child process of the Shop. It is
/// built with <c>npm run build</c>, started with node on the same broker, and is ready once it prints its ready line
/// (its queue is bound, so no order placed afterwards is missed). The Shop asks it for its counters with a
/// <c>status</c> line on its stdin, stops it with <c>stop</c>, and kills it by PID if it does not exit in time.
/// </summary>
internal sealed class NodeService : IAsyncDisposable
{
    private const string Prefix = "notifications: ";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<NodeStatus> _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _asking = new(1, 1);
    private TaskCompletionSource<NodeStatus>? _answer;
    private bool _disposed;

    private NodeService(Process process)
    {
        _process = process;
        ProcessId = process.Id;
    }

    /// <summary>The counters of its last answer (or of its stop).</summary>
    public NodeStatus Last { get; private set; } = NodeStatus.None;

    public int ProcessId { get; }

    /// <summary>samples/Shop/Notifications, found from where the Shop was built (bin/&lt;configuration&gt;/&lt;framework&gt; below samples/Shop).</summary>
    public static string Folder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "Notifications");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("samples/Shop/Notifications/package.json was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Builds and starts the service in <paramref name="folder"/> on <paramref name="rabbitMq"/>; returns once it is ready.</summary>
    public static async Task<NodeService> StartAsync(string folder, string rabbitMq)
    {
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            throw new InvalidOperationException($"{folder} has no node_modules: run `npm ci --prefix {folder}` first");
        }

        await BuildAsync(folder);
        var start = new ProcessStartInfo("node", ["dist/src/main.js", "--control-stdin"])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CONTRACTS_RABBITMQ"] = rabbitMq, ["NOTIFICATIONS_EXCHANGE"] = "shop", ["NOTIFICATIONS_QUEUE_PREFIX"] = "shop." },
        };
        var service = new NodeService(Process.Start(start)!);
        service.Listen();
        await Task.WhenAny(service._ready.Task, service._process.WaitForExitAsync(), Task.Delay(StartTimeout));
        if (!service._ready.Task.IsCompleted)
        {
            await service.DisposeAsync();
            throw new InvalidOperationException($"the Notifications service (node, PID {service.ProcessId}) did not get ready within {StartTimeout.TotalSeconds:0} s");
        }

        return service;
    }

    /// <summary>Asks the service for its counters.</summary>
    public async Task<NodeStatus> StatusAsync(CancellationToken cancellationToken)
    {
        await _asking.WaitAsync(cancellationToken);
        try
        {
            _answer = new TaskCompletionSource<NodeStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
            await _process.StandardInput.WriteLineAsync("status");
            await _process.StandardInput.FlushAsync(cancellationToken);
            return Last = await _answer.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            _asking.Release();
        }
    }

    /// <summary>Waits until nothing waits in its queues and nothing is in its hands.</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (!(await StatusAsync(cancellationToken)).Idle)
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Stops it gracefully (its running handler finishes) and returns its final counters.</summary>
    public async Task<NodeStatus> StopAsync()
    {
        if (!_process.HasExited)
        {
            await _process.StandardInput.WriteLineAsync("stop");
            await _process.StandardInput.FlushAsync();
        }

        // Waiting for the exit also waits until its output was read to the end, so the stopped line is in.
        await Task.WhenAny(_process.WaitForExitAsync(), Task.Delay(StopTimeout));
        await DisposeAsync();
        return _stopped.Task.IsCompleted
            ? Last = _stopped.Task.Result
            : throw new InvalidOperationException("the Notifications service did not report its counters when it stopped");
    }

    /// <summary>Kills it, by its PID, if it is still running.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static async Task BuildAsync(string folder)
    {
        using var build = Process.Start(new ProcessStartInfo("npm", ["run", "build", "--silent"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = build.StandardOutput.ReadToEndAsync();
        var error = build.StandardError.ReadToEndAsync();
        await build.WaitForExitAsync();
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"`npm run build` in {folder} failed ({build.ExitCode}):\n{await output}{await error}");
        }
    }

    // Its stdout carries the protocol lines; everything else it prints (and all of stderr) is shown as it comes.
    private void Listen()
    {
        _process.OutputDataReceived += (_, line) => OnLine(line.Data);
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                Console.Error.WriteLine(line.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            _answer?.TrySetException(new InvalidOperationException("the Notifications service closed its output"));
        }
        else if (line.StartsWith(Prefix + "status ", StringComparison.Ordinal))
        {
            _answer?.TrySetResult(Parse(line, "status "));
        }
        else if (line.StartsWith(Prefix + "stopped ", StringComparison.Ordinal))
        {
            _stopped.TrySetResult(Parse(line, "stopped "));
        }
        else
        {
            if (line.StartsWith(Prefix + "ready", StringComparison.Ordinal))
            {
                _ready.TrySetResult();
            }

            Console.WriteLine(line);
        }
    }

    private static NodeStatus Parse(string line, string kind)
        => JsonSerializer.Deserialize<NodeStatus>(line.AsSpan((Prefix + kind).Length), Json)
            ?? throw new InvalidOperationException("the Notifications service printed an empty status: " + line);
}
