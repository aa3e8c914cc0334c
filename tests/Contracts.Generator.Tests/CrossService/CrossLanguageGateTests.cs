using System.Linq;
using System.Collections.Generic;
using Contracts.Generator.Tests.Evolution;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Generator.Tests.CrossService;

/// <summary>
/// A .NET service against a TypeScript service's manifest (as the import writes it: <c>"language": "typescript"</c>):
/// what only a check that sees both languages can tell (docs/compatibility.md, "Numbers across languages" and
/// "Null and absent").
/// </summary>
public sealed class CrossLanguageGateTests
{
    private const string NotificationsPath = "/repo/notifications/asyncapi.yaml";

    private const string Orders = """
        using System;
        using Contracts;

        namespace Orders;

        [Message("orders.order-placed")]
        public partial record OrderPlaced(Guid OrderId, decimal Total, long Sequence, int Quantity, string? Coupon = null);

        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;
        """;

    [Fact]
    public void AJavaScriptReaderOfADecimalAndAnInt64WarnsTheProducerWithTheFix()
    {
        var notifications = Consumer("typescript", """
            { "wireName": "coupon", "type": "string", "required": false },
            { "wireName": "orderId", "type": "guid", "required": true },
            { "wireName": "quantity", "type": "int64", "required": true },
            { "wireName": "sequence", "type": "int64", "required": true },
            { "wireName": "total", "type": "float64", "required": true }
            """);

        var diagnostics = Build(Orders, notifications).Diagnostics;

        Assert.Collection(
            diagnostics,
            total =>
            {
                Assert.Equal("CTR0120", total.Id);
                Assert.Equal("Total", SourceAt(total));
                Assert.Contains("sends decimal at $.total, which orders.order-placed v1 as notifications reads it parses with JavaScript's JSON.parse into a double (float64): a decimal with more than 15 significant digits, or one a binary double cannot hold (0.1), arrives rounded (at $.total)", total.GetMessage());
            },
            sequence =>
            {
                Assert.Equal("CTR0120", sequence.Id);
                Assert.Equal(DiagnosticSeverity.Warning, sequence.Severity);
                Assert.Equal("Sequence", SourceAt(sequence));
                Assert.Equal(
                    "'orders.order-placed' version 1 as orders sends it is read by service 'notifications' (notifications/asyncapi.yaml), which is written in typescript and parses JSON numbers into doubles: orders.order-placed v1 as orders sends it sends int64 at $.sequence, which orders.order-placed v1 as notifications reads it parses with JavaScript's JSON.parse into a double (int64): an integer beyond ±2^53 (9007199254740992) arrives rounded to another integer, and a reader that checks for safe integers (zod's z.int()) refuses it (at $.sequence). Fix: send the value as a string member (a decimal as its text, a 64-bit id as a string) or as an integer within ±2^53 (money in minor units), or suppress CTR0120 where the values are known to stay small",
                    sequence.GetMessage());
            });
    }

    [Fact]
    public void ADotNetReaderOfTheSameNumbersIsATypeErrorNotAWarning()
    {
        var dotnet = Consumer(null, """
            { "wireName": "orderId", "type": "guid", "required": true },
            { "wireName": "total", "type": "float64", "required": true }
            """);

        var error = Assert.Single(Build(Orders, dotnet).Diagnostics);

        Assert.Equal("CTR0111", error.Id);
        Assert.Contains("TYPE_CHANGED", error.GetMessage());
    }

    [Fact]
    public void AJavaScriptReaderWithNarrowerIntegerBoundsIsStillARangeError()
    {
        var bounded = Consumer("typescript", """
            { "wireName": "orderId", "type": "guid", "required": true },
            { "wireName": "quantity", "type": "int16", "required": true }
            """);

        var error = Assert.Single(Build(Orders, bounded).Diagnostics);

        Assert.Equal("CTR0111", error.Id);
        Assert.Contains("TYPE_CHANGED: orders.order-placed v1 as orders sends it sends values at $.quantity as int32, which orders.order-placed v1 as notifications reads it reads as int16", error.GetMessage());
    }

    [Fact]
    public void AnOptionalNonNullableReaderAcceptsADotNetNullableMemberBecauseTheWriterLeavesNullOut()
    {
        // zod's .optional(): absent allowed, null refused. The .NET writer never sends null for Coupon: it leaves it out.
        var optional = Consumer("typescript", """
            { "wireName": "coupon", "type": "string", "required": false },
            { "wireName": "orderId", "type": "guid", "required": true }
            """);

        Assert.Empty(Build(Orders, optional).Diagnostics);
    }

    [Fact]
    public void AJavaScriptWriterOfANullableMemberMaySendNullToADotNetReader()
    {
        // zod's .nullable().optional() on the producer side: null does arrive, and this view does not accept it.
        var producer = Producer("typescript", """{ "wireName": "note", "type": "string?", "required": false }""");
        const string Reader = """
            using Contracts;

            namespace Billing;

            [Message("notifications.customer-notified")]
            public partial record CustomerNotified(string Note = "");

            public sealed class Audit : IConsumer<CustomerNotified>
            {
                public System.Threading.Tasks.ValueTask ConsumeAsync(CustomerNotified message, MessageContext context, System.Threading.CancellationToken cancellationToken) => default;
            }
            """;

        var error = Assert.Single(Build(Reader, producer, "billing").Diagnostics);

        Assert.Equal("CTR0110", error.Id);
        Assert.Contains("NULLABILITY_CHANGED: notifications.customer-notified v1 as notifications sends it may send null at $.note (string?), which notifications.customer-notified v1 as billing reads it does not accept (string)", error.GetMessage());
    }

    [Fact]
    public void ADotNetDecimalReaderReadsAJavaScriptNumber()
    {
        var producer = Producer("typescript", """{ "wireName": "amount", "type": "float64", "required": true }""");
        const string Reader = """
            using Contracts;

            namespace Billing;

            [Message("notifications.customer-notified")]
            public partial record CustomerNotified(decimal Amount);

            public sealed class Audit : IConsumer<CustomerNotified>
            {
                public System.Threading.Tasks.ValueTask ConsumeAsync(CustomerNotified message, MessageContext context, System.Threading.CancellationToken cancellationToken) => default;
            }
            """;

        Assert.Empty(Build(Reader, producer, "billing").Diagnostics);
        Assert.Equal("CTR0110", Assert.Single(Build(Reader, producer.Replace("\"language\": \"typescript\",", ""), "billing").Diagnostics).Id);
    }

    [Fact]
    public void Enum_wire_strings_are_compared_case_sensitively()
    {
        // A Node reader that spells the members in lower case reads none of what .NET sends ("Placed", the declared name).
        const string Sender = """
            using System;
            using Contracts;

            namespace Orders;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(Guid OrderId, Status Status);

            public enum Status { Placed, Paid }

            [Publishes<OrderPlaced>]
            public partial class OrdersPublisher;
            """;
        var lowerCase = Consumer("typescript", """
            { "wireName": "orderId", "type": "guid", "required": true },
            { "wireName": "status", "type": "enum:Status", "required": true }
            """).Replace("""
              ]
            }
          ]
        """, """
              ],
              "enums": [ { "name": "Status", "members": [ "placed", "paid" ] } ]
            }
          ]
        """);

        var errors = Build(Sender, lowerCase).Diagnostics;

        Assert.Equal(new[] { "CTR0111", "CTR0111" }, errors.Select(e => e.Id));
        Assert.Contains("ENUM_MEMBER_ADDED: orders.order-placed v1 as orders sends it may send 'Placed' at $.status (enum:Status), which orders.order-placed v1 as notifications reads it does not know (enum:Status) and has no fallback for", errors[0].GetMessage());
        Assert.Contains("may send 'Paid' at $.status", errors[1].GetMessage());
        Assert.Empty(Build(Sender, lowerCase.Replace("\"placed\", \"paid\"", "\"Placed\", \"Paid\"")).Diagnostics);
    }

    private static string Consumer(string? language, string members) => Manifest(language, "orders.order-placed", "consumes", members);

    private static string Producer(string? language, string members) => Manifest(language, "notifications.customer-notified", "publishes", members);

    private static string Manifest(string? language, string name, string role, string members) => $$"""
        {
          "format": 1,
          "service": "notifications",
          {{(language is null ? "" : "\"language\": \"" + language + "\",")}}
          "messages": [
            {
              "name": "{{name}}",
              "version": 1,
              "role": "{{role}}",
              "compatibility": "Backward",
              "members": [
                {{members}}
              ]
            }
          ]
        }
        """;

    private static GeneratorResult Build(string source, string manifest, string service = "orders")
        => LockHarness.Run(
            null,
            new Dictionary<string, string> { ["ContractsServiceName"] = service, ["ContractsLockFile"] = "" },
            new[] { (NotificationsPath, manifest) },
            source);

    private static string SourceAt(Diagnostic diagnostic)
        => diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
