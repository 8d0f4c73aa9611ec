using System.Diagnostics;
using System.Globalization;
using System.Text;
using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Analytics;

/// <summary>
/// The .xlsx opened by a real spreadsheet program: LibreOffice (headless) reads the file we serve and writes what it
/// understood back as CSV. The CSV exports cannot pass this test: LibreOffice imports them as Western text unless the
/// user picks UTF-8 by hand, so Chinese arrives garbled; the workbook carries its encoding and cell types itself.
/// </summary>
[Collection(SeededCollection.Name)]
public sealed class XlsxInLibreOfficeTests(SeededFactory factory)
{
    private static SeededFacts.Facts Facts => SeededFacts.Get;

    [SkippableFact]
    public async Task LibreOfficeReadsTheUnassignedHouseholdsWorkbookWithItsChineseTextAndTypesIntact()
    {
        var client = factory.CreateClient();
        var csv = await ServedCsv.ReadAsync(client, "/export/unassigned-households.csv?under=township:gangkou");
        var read = await ReadInLibreOfficeAsync(await client.GetByteArrayAsync("/export/unassigned-households.xlsx?under=township:gangkou"));

        Assert.Equal(1 + Facts.UnassignedUnder("township:gangkou"), read.Count);
        Assert.Equal(csv.Count, read.Count);
        for (var row = 0; row < csv.Count; row++)
        {
            Assert.Equal(csv[row], read[row].Select(c => c.Text));
        }

        // Typed as the issue asks: LibreOffice saw the size as a number and the ids and phone numbers as text, so a
        // phone number is never turned into 1.38E+10 and an id never loses a leading zero.
        var header = csv[0].ToList();
        var first = read[1];
        Assert.False(first[header.IndexOf("size")].Quoted);
        Assert.True(first[header.IndexOf("phone")].Quoted);
        Assert.True(first[header.IndexOf("householdId")].Quoted);
        Assert.Equal("港口镇", first[header.IndexOf("township")].Text);
    }

    [SkippableFact]
    public async Task LibreOfficeShowsTheCoverageRatioAsAPercentageOfTheSameFigure()
    {
        var client = factory.CreateClient();
        var csv = await ServedCsv.ReadAsync(client, "/export/coverage.csv?under=township:gangkou");
        var read = await ReadInLibreOfficeAsync(await client.GetByteArrayAsync("/export/coverage.xlsx?under=township:gangkou"));

        Assert.Equal(csv.Count, read.Count);
        var ratio = Array.IndexOf(csv[0], "ratio");
        for (var row = 1; row < csv.Count; row++)
        {
            var shown = read[row][ratio].Text;
            Assert.EndsWith("%", shown);
            var served = double.Parse(csv[row][ratio], CultureInfo.InvariantCulture);
            // The CSV rounds the ratio to 4 places and LibreOffice shows 2 places of the percentage: at most 0.01 apart.
            Assert.InRange(Math.Abs(served * 100 - double.Parse(shown.TrimEnd('%'), CultureInfo.InvariantCulture)), 0, 0.0100001);
            Assert.Equal(csv[row][1], read[row][1].Text);
        }
    }

    private sealed record ReadCell(string Text, bool Quoted);

    /// <summary>Converts the workbook with LibreOffice to UTF-8 CSV that quotes text cells only (filter token 1).</summary>
    private static async Task<List<ReadCell[]>> ReadInLibreOfficeAsync(byte[] workbook)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);
        Skip.If(soffice is null, "LibreOffice (Debian's libreoffice-calc-nogui) is not installed; tests/run.sh installs it.");

        var dir = Directory.CreateTempSubdirectory("govgraph-lo-");
        try
        {
            var input = Path.Combine(dir.FullName, "export.xlsx");
            await File.WriteAllBytesAsync(input, workbook);
            // Its own profile directory: parallel or left-over LibreOffice instances would otherwise share a lock.
            var start = new ProcessStartInfo(soffice!,
            [
                $"-env:UserInstallation=file://{dir.FullName}/profile", "--headless", "--norestore",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", dir.FullName, input,
            ])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var csv = Path.Combine(dir.FullName, "export.csv");
            Assert.True(process.ExitCode == 0 && File.Exists(csv), $"LibreOffice exited {process.ExitCode}: {await output} {await errors}");
            return (await File.ReadAllLinesAsync(csv, Encoding.UTF8)).Where(l => l.Length > 0).Select(ParseLine).ToList();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static ReadCell[] ParseLine(string line) =>
        // LibreOffice quotes text cells and leaves numbers bare; the seeded values hold no comma or quote.
        line.Split(',').Select(c => c.Length >= 2 && c[0] == '"' && c[^1] == '"' ? new ReadCell(c[1..^1], true) : new ReadCell(c, false)).ToArray();
}
