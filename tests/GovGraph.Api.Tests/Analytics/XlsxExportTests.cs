using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using GovGraph.Api.Analytics.Export;
using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Analytics;

/// <summary>The .xlsx beside each CSV: the same rows and columns, typed, in a file Excel's schema accepts.</summary>
[Collection(SeededCollection.Name)]
public sealed class XlsxExportTests(SeededFactory factory)
{
    private static SeededFacts.Facts Facts => SeededFacts.Get;

    [Theory]
    [InlineData("unassigned-households")]
    [InlineData("coverage")]
    public async Task AnXlsxDownloadIsNamedAndTypedAsASpreadsheet(string export)
    {
        var response = await factory.CreateClient().GetAsync($"/export/{export}.xlsx?under=township:gangkou");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(XlsxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{export}.xlsx", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task UnassignedHouseholdsXlsxHoldsTheCsvsRowsAndColumns()
    {
        var client = factory.CreateClient();
        var csv = await ServedCsv.ReadAsync(client, "/export/unassigned-households.csv?under=township:gangkou");
        var sheet = XlsxSheet.Read(await client.GetByteArrayAsync("/export/unassigned-households.xlsx?under=township:gangkou"));

        Assert.Equal(csv[0], sheet.Headers);
        Assert.Equal(1 + Facts.UnassignedUnder("township:gangkou"), sheet.Rows.Count);
        Assert.Equal(csv.Count, sheet.Rows.Count);
        for (var row = 1; row < csv.Count; row++)
        {
            Assert.Equal(csv[row], sheet.Headers.Select(h => sheet.Cell(row, h)?.Text ?? ""));
        }

        Assert.Equal(["Unassigned households"], sheet.SheetNames);
        Assert.Empty(sheet.SchemaErrors);
    }

    [Fact]
    public async Task UnassignedHouseholdsXlsxHasTextIdsNumericSizesAndAFrozenHeader()
    {
        var sheet = XlsxSheet.Read(await factory.CreateClient().GetByteArrayAsync("/export/unassigned-households.xlsx?under=township:gangkou"));
        var first = sheet.Cell(1, "householdId")!;
        var household = Facts.Nodes[first.Text!];

        Assert.Equal(CellValues.InlineString, first.Type);
        Assert.Equal(new XlsxCell(CellValues.Number, household.GetLong("size").ToString(), 0, "E2"), sheet.Cell(1, "size"));
        Assert.Equal(new XlsxCell(CellValues.InlineString, "港口镇", 0, "H2"), sheet.Cell(1, "township"));
        Assert.Equal(PaneStateValues.Frozen, sheet.FrozenPane!.State!.Value);
        Assert.Equal("A2", sheet.FrozenPane.TopLeftCell!.Value);
        Assert.Equal($"A1:J{sheet.Rows.Count}", sheet.AutoFilter);
        // The address column (Chinese, longest) is the widest; the size column stays narrow.
        Assert.Equal(sheet.Widths.Max(), sheet.Widths[3]);
        Assert.True(sheet.Widths[4] < 10, $"size is {sheet.Widths[4]} wide");
    }

    [Fact]
    public async Task CoverageXlsxHasTheCsvsRowsWithTheRatioAsAPercentage()
    {
        var client = factory.CreateClient();
        var csv = await ServedCsv.ReadAsync(client, "/export/coverage.csv?under=township:gangkou");
        var sheet = XlsxSheet.Read(await client.GetByteArrayAsync("/export/coverage.xlsx?under=township:gangkou"));

        Assert.Equal(csv[0], sheet.Headers);
        Assert.Equal(1 + 1 + Facts.Children["township:gangkou"].Count(), sheet.Rows.Count);
        Assert.Equal("township:gangkou", sheet.Cell(1, "unitId")!.Text);
        Assert.Equal("港口镇", sheet.Cell(1, "name")!.Text);
        var households = Facts.HouseholdsUnder("township:gangkou");
        var linked = households.Count(Facts.Linked.Contains);
        Assert.Equal(new XlsxCell(CellValues.Number, households.Count.ToString(), 0, "D2"), sheet.Cell(1, "households"));
        var ratio = sheet.Cell(1, "ratio")!;
        Assert.Equal((CellValues.Number, 10u), (ratio.Type, ratio.NumberFormat));
        Assert.Equal((double)linked / households.Count, double.Parse(ratio.Text!, System.Globalization.CultureInfo.InvariantCulture), 12);
        Assert.Equal(2u, sheet.Cell(1, "avgHouseholdsPerMember")!.NumberFormat);
        for (var row = 1; row < csv.Count; row++)
        {
            Assert.Equal(csv[row][..6], sheet.Headers.Take(6).Select(h => sheet.Cell(row, h)?.Text ?? ""));
        }

        Assert.Equal(["Coverage"], sheet.SheetNames);
        Assert.Empty(sheet.SchemaErrors);
    }

    [Fact]
    public async Task TheCityWideListIsWholeAndValid()
    {
        var sheet = XlsxSheet.Read(await factory.CreateClient().GetByteArrayAsync("/export/unassigned-households.xlsx"));

        Assert.Equal(1 + Facts.UnassignedUnder("city:ningguo"), sheet.Rows.Count);
        Assert.Empty(sheet.SchemaErrors);
    }

}
