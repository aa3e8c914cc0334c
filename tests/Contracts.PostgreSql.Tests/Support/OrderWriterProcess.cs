using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Contracts.PostgreSql.Tests;

/// <summary>
/// The OrderWriter child process (tests/Contracts.PostgreSql.OrderWriter), started with <c>dotnet exec</c> so that the
/// process the test kills is the service itself, not a launcher in front of it.
/// </summary>
internal sealed class OrderWriterProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private OrderWriterProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>Completes when the service is up and writing (its first output line), or when it exited before.</summary>
    public Task Started => Task.WhenAny(_started.Task, _process.WaitForExitAsync());

    public static OrderWriterProcess Start(string schema, string exchange, int target)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "exec", Assembly(),
                "--postgres", Postgres.ConnectionString, "--rabbitmq", Broker.Single.ConnectionString,
                "--schema", schema, "--exchange", exchange, "--target", target.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        return new OrderWriterProcess(Process.Start(start)!);
    }

    /// <summary>Waits up to <paramref name="timeout"/>; true when the process exited by itself.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill()"/> sends on Linux): no shutdown code of the service runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    // Built next to this project by the ProjectReference, in the same configuration.
    private static string Assembly()
    {
        var project = typeof(OrderWriterProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "OrderWriterAssembly").Value!;
        return File.Exists(project) ? project : throw new FileNotFoundException("build tests/Contracts.PostgreSql.OrderWriter first", project);
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            if (line.StartsWith("started:", StringComparison.Ordinal))
            {
                _started.TrySetResult();
            }

            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
