using System;

namespace Contracts.PostgreSql;

/// <summary>
/// The outbox tables are missing or at a version this library does not read. Nothing was written; fix the schema
/// (run the shipped script, or allow <see cref="PostgreSqlOutboxOptions.CreateSchema"/>) and try again.
/// </summary>
public sealed class PostgreSqlOutboxSchemaException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PostgreSqlOutboxSchemaException(string schema, int? foundVersion, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Schema = schema;
        FoundVersion = foundVersion;
    }

    /// <summary>The schema that was checked.</summary>
    public string Schema { get; }

    /// <summary>The version recorded in the schema, or <see langword="null"/> when the tables are missing.</summary>
    public int? FoundVersion { get; }

    /// <summary>The version this library needs: <see cref="PostgreSqlOutboxSchema.CurrentVersion"/>.</summary>
    public int ExpectedVersion => PostgreSqlOutboxSchema.CurrentVersion;
}
