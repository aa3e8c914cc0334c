using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Contracts.Serialization;

namespace Contracts.Benchmarks.Runtime;

/// <summary>Issue 7, figure 3: serialize + deserialize one typical message, Contracts against STJ source generation.</summary>
[MemoryDiagnoser]
public class SerializerBenchmarks
{
    private readonly InvoiceIssued _invoice = Invoices.Typical();

    [GlobalSetup]
    public void CheckSameJson()
    {
        // Both sides must do the same work: the same bytes out, an equal record back.
        var ours = ContractSerializer.SerializeToUtf8Bytes(_invoice);
        var theirs = JsonSerializer.SerializeToUtf8Bytes(_invoice, InvoiceJsonContext.Default.InvoiceIssued);
        if (!ours.AsSpan().SequenceEqual(theirs))
        {
            throw new InvalidOperationException(
                "the two serializers write different JSON:\n" + System.Text.Encoding.UTF8.GetString(ours) + "\n" + System.Text.Encoding.UTF8.GetString(theirs));
        }
    }

    [Benchmark(Baseline = true, Description = "STJ source-generated round trip")]
    public InvoiceIssued SystemTextJson()
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(_invoice, InvoiceJsonContext.Default.InvoiceIssued);
        return JsonSerializer.Deserialize(bytes, InvoiceJsonContext.Default.InvoiceIssued)!;
    }

    [Benchmark(Description = "Contracts round trip")]
    public InvoiceIssued Contracts()
    {
        var bytes = ContractSerializer.SerializeToUtf8Bytes(_invoice);
        return ContractSerializer.Deserialize<InvoiceIssued>(bytes);
    }
}
