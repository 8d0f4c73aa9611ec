using System.Text;
using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Analytics;

[Collection(SeededCollection.Name)]
public sealed class CsvExportTests(SeededFactory factory)
{
    private static SeededFacts.Facts Facts => SeededFacts.Get;

    [Fact]
    public async Task UnassignedHouseholdsCsvHasABomAHeaderAndOneRowPerHousehold()
    {
        var response = await factory.CreateClient().GetAsync("/export/unassigned-households.csv?under=township:gangkou");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("householdId,headName,phone,address,size,partyGroup,village,township", lines[0]);
        Assert.Equal(Facts.UnassignedUnder("township:gangkou"), lines.Length - 1);
        Assert.All(lines.Skip(1), line => Assert.Contains(",港口镇,", line));
    }

    [Fact]
    public async Task CoverageCsvHasTheUnitThenEachChild()
    {
        var bytes = await factory.CreateClient().GetByteArrayAsync("/export/coverage.csv?under=township:gangkou");

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 1 + Facts.Children["township:gangkou"].Count(), lines.Length);
        Assert.StartsWith("township:gangkou,港口镇,Township,", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("village:shanmen,山门村,Village,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/export/coverage.csv?under=nowhere", 404, "NOT_FOUND")]
    [InlineData("/export/coverage.xlsx?under=nowhere", 404, "NOT_FOUND")]
    [InlineData("/export/unassigned-households.csv?under=nowhere", 404, "NOT_FOUND")]
    [InlineData("/export/unassigned-households.xlsx?under=nowhere", 404, "NOT_FOUND")]
    [InlineData("/export/unassigned-households.csv?under=household:000001", 404, "NOT_FOUND")]
    [InlineData("/export/coverage.csv?under=%01bad", 400, "INVALID_ID")]
    [InlineData("/export/coverage.xlsx?under=%01bad", 400, "INVALID_ID")]
    [InlineData("/export/unassigned-households.csv?under=%01bad", 400, "INVALID_ID")]
    [InlineData("/export/unassigned-households.xlsx?under=%01bad", 400, "INVALID_ID")]
    public async Task BadUnitsGetAClearErrorInTheSameShapeForEveryExport(string url, int status, string code)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray().Single()!;
        Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
        Assert.False(response.Content.Headers.Contains("Content-Disposition"));
    }
}
