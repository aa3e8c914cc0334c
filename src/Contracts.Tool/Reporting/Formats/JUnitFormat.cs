using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Contracts.Tool.Reporting.Formats;

/// <summary>
/// JUnit XML, which every CI server shows as a test report: one suite per file read, one test case per finding (an
/// error is a failure; a warning or an information passes and says why in its output), and one passing case for a
/// file with nothing found, so that a clean run still lists what it checked.
/// </summary>
internal sealed class JUnitFormat : OutputFormat
{
    public override void Write(Report report, TextWriter output)
    {
        var suites = report.Files.Select(file => Suite(file, report)).ToList();
        var root = new XElement("testsuites",
            new XAttribute("name", "contracts " + report.Command),
            new XAttribute("tests", suites.Sum(s => (int)s.Attribute("tests")!)),
            new XAttribute("failures", suites.Sum(s => (int)s.Attribute("failures")!)),
            suites);
        output.WriteLine(new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration);
        output.WriteLine(root.ToString());
    }

    private static XElement Suite(string file, Report report)
    {
        var cases = report.Findings.Where(f => f.Path == file).Select(f => Case(file, f)).ToList();
        if (cases.Count == 0)
        {
            cases.Add(new XElement("testcase", new XAttribute("classname", file), new XAttribute("name", "no incompatibilities")));
        }

        return new XElement("testsuite",
            new XAttribute("name", file),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", cases.Count(c => c.Element("failure") is not null)),
            cases);
    }

    private static XElement Case(string file, ReportedFinding f)
    {
        var body = $"{f.Where}: {f.SeverityName} {f.Finding.Id}: {f.Finding.Message}";
        var testCase = new XElement("testcase",
            new XAttribute("classname", file),
            new XAttribute("name", f.Finding.Id + " " + f.Finding.Rule.Title + (f.Line > 0 ? " (line " + f.Line + ")" : string.Empty)));
        testCase.Add(f.SeverityName == "error"
            ? new XElement("failure", new XAttribute("type", f.Finding.Id), new XAttribute("message", f.Finding.Message), body)
            : new XElement("system-out", body));
        return testCase;
    }
}
