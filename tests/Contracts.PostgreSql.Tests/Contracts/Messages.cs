namespace Contracts.PostgreSql.Tests;

/// <summary>The message the outbox tests publish; <see cref="Number"/> identifies the order across tables and deliveries.</summary>
[Message("outbox-tests.order-placed", Version = 1)]
public partial record OrderPlaced(long Number, string Customer);

/// <summary>The crash test's message, as this consumer reads what the OrderWriter child process sends.</summary>
[Message("fault.order-placed", Version = 1)]
public partial record FaultOrderPlaced(long Number);

/// <summary>Publishes the test messages through the generated typed methods.</summary>
[Publishes<OrderPlaced>]
public partial class TestPublisher;
