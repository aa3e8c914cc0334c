using System.IO;
using System.Text.Json;
using Contracts.Schema.Gates;

namespace Contracts.Tool.Reporting.Formats;

/// <summary>
/// One JSON object per finding per line, as Buf's <c>json</c> format (<c>path</c>, <c>start_line</c>,
/// <c>start_column</c>, <c>type</c>, <c>message</c>), plus the severity and the finding's properties (the broken rule,
/// the JSON path, the message and version) for scripts that act on them. Nothing found prints nothing.
/// </summary>
internal sealed class JsonLinesFormat : OutputFormat
{
    public override void Write(Report report, TextWriter output)
    {
        foreach (var f in report.Findings)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("path", f.Path);
                json.WriteNumber("start_line", f.Line);
                json.WriteNumber("start_column", f.Column);
                json.WriteString("type", f.Finding.Id);
                json.WriteString("severity", f.SeverityName);
                json.WriteString("message", f.Finding.Message);
                WriteProperties(json, f.Finding);
                json.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    private static void WriteProperties(Utf8JsonWriter json, Finding finding)
    {
        if (finding.Properties.IsEmpty)
        {
            return;
        }

        json.WriteStartObject("properties");
        foreach (var property in finding.Properties)
        {
            json.WriteString(property.Key, property.Value);
        }

        json.WriteEndObject();
    }
}
