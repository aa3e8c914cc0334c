using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace Contracts.PostgreSql;

/// <summary>
/// Envelope headers as the JSON object stored in <c>outbox.headers</c> (jsonb): every header, envelope and custom,
/// as a string member, so the relay hands the transport exactly the headers the publisher wrote.
/// </summary>
internal static class HeadersJson
{
    public static string Write(IReadOnlyDictionary<string, string> headers)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in headers)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads what <see cref="Write"/> wrote; false, with the reason, for anything else (a row written by hand, say).</summary>
    public static bool TryRead(string json, [NotNullWhen(true)] out Dictionary<string, string>? headers, [NotNullWhen(false)] out string? problem)
    {
        headers = null;
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problem = "headers are not a JSON object";
                return false;
            }

            var read = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    problem = $"header '{name}' is not a string";
                    return false;
                }

                read[name] = reader.GetString()!;
            }

            headers = read;
            problem = null;
            return true;
        }
        catch (JsonException exception)
        {
            problem = "headers are not valid JSON: " + exception.Message;
            return false;
        }
    }
}
