namespace Contracts.Drift;

/// <summary>What a consuming service does with a message whose writer's schema its build never checked.</summary>
public enum SchemaDriftMode
{
    /// <summary>Handle it, count it (<c>contracts.messaging.unchecked_schema.messages</c>) and log once per schema and producer. The default.</summary>
    Report,

    /// <summary>Also dead-letter it at once, with the reason, instead of handling it.</summary>
    DeadLetter,
}
