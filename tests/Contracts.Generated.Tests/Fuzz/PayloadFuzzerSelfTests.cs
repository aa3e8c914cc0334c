using System.Text;
using Contracts.Serialization;

namespace Contracts.Generated.Tests.Fuzz;

/// <summary>The fuzzer itself catches each way a reader or writer can break the promise (else a green run means nothing).</summary>
public sealed class PayloadFuzzerSelfTests
{
    private static readonly byte[][] Seeds = [Encoding.UTF8.GetBytes("""{"a":"text","b":[1,2]}""")];

    [Fact]
    public void An_exception_other_than_MessageFormatException_is_a_failure()
        => Assert.Contains("1 other exceptions", Run(_ => throw new InvalidOperationException("boom"), _ => []).Summary);

    [Fact]
    public void An_error_without_a_json_path_is_a_failure()
        => Assert.Contains("1 unusable errors", Run(_ => throw new MessageFormatException("lines", "bad"), _ => []).Summary);

    [Fact]
    public void An_overlong_reason_is_a_failure()
        => Assert.Contains("1 unusable errors", Run(_ => throw new MessageFormatException("$", new string('x', FuzzReport.MaxReasonLength + 1)), _ => []).Summary);

    [Fact]
    public void A_value_that_cannot_be_written_back_is_a_failure()
        => Assert.Contains("1 unwritable", Run(body => body, _ => throw new ArgumentException("no")).Summary);

    [Fact]
    public void A_written_body_that_does_not_read_is_a_failure()
    {
        var report = Run(body => body.Length > 0 && body[0] == (byte)'!' ? throw new MessageFormatException("$", "no") : body, _ => "!"u8.ToArray());

        Assert.Contains("1 unreadable written", report.Summary);
    }

    [Fact]
    public void Bytes_that_change_on_a_second_write_are_a_failure()
    {
        var writes = 0;

        Assert.Contains("1 unstable round trips", Run(body => body, _ => [(byte)writes++]).Summary);
    }

    [Fact]
    public void Typed_errors_with_a_path_and_stable_round_trips_pass()
    {
        var report = Run(body => body.Length % 2 == 0 ? throw new MessageFormatException("$.a", "odd") : body, body => (byte[])body);

        Assert.Equal(0, report.FailureCount);
    }

    private static FuzzReport Run(Func<byte[], object> read, Func<object, byte[]> write)
        => new PayloadFuzzer([FuzzTarget.Custom("probe", Seeds, read, write)], 1).Run(1);
}
