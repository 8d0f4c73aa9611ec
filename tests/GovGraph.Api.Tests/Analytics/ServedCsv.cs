using System.Text;

namespace GovGraph.Api.Tests.Analytics;

/// <summary>A CSV export as rows of cells, the way the spreadsheet tests compare it with a workbook.</summary>
internal static class ServedCsv
{
    public static async Task<List<string[]>> ReadAsync(HttpClient client, string url)
    {
        // The seeded names and ids hold no comma or quote, so a plain split reads these rows; [3..] drops the BOM.
        var bytes = await client.GetByteArrayAsync(url);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
    }
}
