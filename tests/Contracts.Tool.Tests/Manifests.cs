namespace Contracts.Tool.Tests;

/// <summary>Manifests in the canonical form the build writes (one member per line), built from one-line members.</summary>
internal static class Manifests
{
    public const string Customer = """{ "wireName": "customerId", "type": "string", "required": true }""";
    public const string OrderId = """{ "wireName": "orderId", "type": "guid", "required": true }""";
    public const string Total = """{ "wireName": "total", "type": "decimal", "required": true }""";
    public const string Coupon = """{ "wireName": "couponCode", "type": "string?", "required": false }""";

    public static string Of(string service, params string[] messages)
        => "{\n  \"format\": 1,\n  \"service\": \"" + service + "\",\n  \"messages\": [\n" + string.Join(",\n", messages) + "\n  ]\n}\n";

    public static string Message(string role, string mode, params string[] members)
        => "    {\n      \"name\": \"orders.order-placed\",\n      \"version\": 1,\n      \"role\": \"" + role + "\",\n      \"compatibility\": \"" + mode + "\",\n"
           + "      \"members\": [\n" + string.Join(",\n", members.OrderBy(m => m, StringComparer.Ordinal).Select(m => "        " + m)) + "\n      ],\n"
           + "      \"objects\": [],\n      \"enums\": []\n    }";

    public static string Orders(params string[] members) => Of("orders", Message("publishes", "Forward", members));

    public static string Billing(params string[] members) => Of("billing", Message("consumes", "Backward", members));
}
