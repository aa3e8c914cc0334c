using System.Text;
using Contracts.Serialization;

namespace Contracts.Generated.Tests;

/// <summary>The size and depth limits of <see cref="ContractReaderOptions"/> hold for generated readers.</summary>
public sealed class LimitTests
{
    [Fact]
    public void A_body_larger_than_MaxBytes_is_rejected_before_reading()
    {
        var size = Encoding.UTF8.GetByteCount(ProbeJson.Valid);

        var failure = Json.Failure<Probe>(ProbeJson.Valid, new ContractReaderOptions { MaxBytes = size - 1 });

        Assert.Equal("$", failure.Path);
        Assert.Equal($"body is {size} bytes, larger than the limit of {size - 1}", failure.Reason);
    }

    [Fact]
    public void A_body_exactly_at_MaxBytes_is_read()
    {
        var size = Encoding.UTF8.GetByteCount(ProbeJson.Valid);

        Assert.Equal(1, Json.Read<Probe>(ProbeJson.Valid, new ContractReaderOptions { MaxBytes = size }).Count);
    }

    [Fact]
    public void Nesting_deeper_than_MaxDepth_in_known_members_is_rejected_at_its_path()
    {
        // $ (1) > lines (2) > [0] (3): a limit of 2 stops while reading the first element of lines.
        var failure = Json.Failure<Probe>(ProbeJson.Valid, new ContractReaderOptions { MaxDepth = 2 });

        Assert.Equal("$.lines", failure.Path);
        Assert.Contains("depth", failure.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Nesting_deeper_than_the_default_MaxDepth_in_an_unknown_member_is_rejected()
    {
        var depth = ContractReaderOptions.Default.MaxDepth;
        var deep = new string('[', depth) + new string(']', depth);

        var failure = Json.Failure<Probe>(ProbeJson.With("\"count\":1", $"\"extra\":{deep},\"count\":1"));

        Assert.Equal("$", failure.Path);
        Assert.Contains("depth", failure.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Nesting_just_inside_the_default_MaxDepth_is_skipped()
    {
        var depth = ContractReaderOptions.Default.MaxDepth - 1; // the message object itself is one level
        var deep = new string('[', depth) + new string(']', depth);

        Assert.Equal(1, Json.Read<Probe>(ProbeJson.With("\"count\":1", $"\"extra\":{deep},\"count\":1")).Count);
    }
}
