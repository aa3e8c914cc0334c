using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Contracts.Schema;
using Contracts.Schema.Manifest;
using Contracts.Tool.Inputs;

namespace Contracts.Tool.Deployments;

/// <summary>What a deployment record says besides the manifest: when it was recorded, from which file and commit.</summary>
/// <param name="Service">The service deployed.</param>
/// <param name="Environment">Where.</param>
/// <param name="RecordedAt">When the record was written (UTC).</param>
/// <param name="Source">The manifest file it was recorded from.</param>
/// <param name="Revision">The git commit that file's repository was at, if it was in one.</param>
/// <param name="Release">The release the pipeline named (<c>--release</c>), if any.</param>
internal sealed record DeploymentInfo(string Service, string Environment, DateTimeOffset RecordedAt, string Source, string? Revision, string? Release);

/// <summary>
/// One file per service and environment, <c>deployments/&lt;environment&gt;/&lt;service&gt;.json</c>: a small JSON
/// object with what was recorded, and under <c>"manifest"</c> the manifest itself in its canonical form, so that a
/// deployment shows up in a review as the same one-member-per-line diff as a lock. Reading gives the manifest to the
/// schema library's reader with everything else blanked out, so errors keep their true line and column.
/// </summary>
internal static class DeploymentRecord
{
    public const int CurrentFormat = 1;

    public static string Write(DeploymentInfo info, ContractManifest manifest)
    {
        var text = new StringBuilder();
        text.Append("{\n");
        text.Append("  \"format\": ").Append(CurrentFormat).Append(",\n");
        Line(text, "service", info.Service);
        Line(text, "environment", info.Environment);
        Line(text, "recordedAt", info.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        Line(text, "source", info.Source);
        if (info.Revision is not null)
        {
            Line(text, "revision", info.Revision);
        }

        if (info.Release is not null)
        {
            Line(text, "release", info.Release);
        }

        var lines = ManifestWriter.Write(manifest).TrimEnd('\n').Split('\n');
        text.Append("  \"manifest\": ").Append(string.Join("\n", lines.Select((l, i) => i == 0 ? l : "  " + l))).Append('\n');
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>The record's manifest as a <see cref="ServiceFile"/> named by the record's path; errors located in the record.</summary>
    public static ServiceFile Read(SourceFile record)
    {
        var bytes = Encoding.UTF8.GetBytes(record.Text);
        if (ManifestSpan(bytes, out var error) is not { } span)
        {
            // The error is the record's own: hand the reader something that is not a manifest at that place.
            return new ServiceFile(record, new Schema.Gates.ManifestFile(record.DisplayPath, null,
                new[] { new ManifestError(record.DisplayPath, error.Line, error.Column, error.Message) }.ToEquatableArray()));
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            if ((i < span.Start || i >= span.End) && bytes[i] != (byte)'\n')
            {
                bytes[i] = (byte)' ';
            }
        }

        return ServiceFile.Of(record with { Text = Encoding.UTF8.GetString(bytes) });
    }

    // Where the "manifest" value is, in bytes; null with the reason when the record is not JSON or has none.
    private static (int Start, int End)? ManifestSpan(byte[] bytes, out (int Line, int Column, string Message) error)
    {
        error = (1, 1, "");
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = (1, 1, "a deployment record is a JSON object with \"service\", \"environment\" and \"manifest\"; see docs/tool.md");
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isManifest = reader.ValueTextEquals("manifest");
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (isManifest)
                {
                    return (start, (int)reader.BytesConsumed);
                }
            }

            error = (1, 1, "the deployment record has no \"manifest\"; record it again with 'contracts record-deployment'");
            return null;
        }
        catch (JsonException e)
        {
            error = ((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "not valid JSON: " + e.Message.Split(" LineNumber")[0]);
            return null;
        }
    }

    private static void Line(StringBuilder text, string name, string value)
        => text.Append("  ").Append(JsonSerializer.Serialize(name)).Append(": ").Append(JsonSerializer.Serialize(value)).Append(",\n");
}
