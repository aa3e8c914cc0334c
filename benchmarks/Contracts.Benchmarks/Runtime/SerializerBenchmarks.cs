using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Contracts.Serialization;

namespace Contracts.Benchmarks.Runtime;

/// <summary>
/// Issue 7, figure 3: serialize + deserialize one typical message, Contracts against STJ source generation. The two
/// halves are also measured alone (each category has its own STJ baseline), to show which one a difference comes from.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SerializerBenchmarks
{
    private readonly InvoiceIssued _invoice = Invoices.Typical();
    private byte[] _json = [];

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

        _json = ours;
    }

    [Benchmark(Baseline = true, Description = "STJ source-generated round trip")]
    [BenchmarkCategory("round trip")]
    public InvoiceIssued SystemTextJson()
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(_invoice, InvoiceJsonContext.Default.InvoiceIssued);
        return JsonSerializer.Deserialize(bytes, InvoiceJsonContext.Default.InvoiceIssued)!;
    }

    [Benchmark(Description = "Contracts round trip")]
    [BenchmarkCategory("round trip")]
    public InvoiceIssued Contracts()
    {
        var bytes = ContractSerializer.SerializeToUtf8Bytes(_invoice);
        return ContractSerializer.Deserialize<InvoiceIssued>(bytes);
    }

    [Benchmark(Baseline = true, Description = "STJ source-generated serialize")]
    [BenchmarkCategory("serialize")]
    public byte[] SystemTextJsonSerialize() => JsonSerializer.SerializeToUtf8Bytes(_invoice, InvoiceJsonContext.Default.InvoiceIssued);

    [Benchmark(Description = "Contracts serialize")]
    [BenchmarkCategory("serialize")]
    public byte[] ContractsSerialize() => ContractSerializer.SerializeToUtf8Bytes(_invoice);

    [Benchmark(Baseline = true, Description = "STJ source-generated deserialize")]
    [BenchmarkCategory("deserialize")]
    public InvoiceIssued SystemTextJsonDeserialize() => JsonSerializer.Deserialize(_json, InvoiceJsonContext.Default.InvoiceIssued)!;

    [Benchmark(Description = "Contracts deserialize")]
    [BenchmarkCategory("deserialize")]
    public InvoiceIssued ContractsDeserialize() => ContractSerializer.Deserialize<InvoiceIssued>(_json);
}
