using DocumentFormat.OpenXml.Spreadsheet;
using GovGraph.Api.Analytics.Export;

namespace GovGraph.Api.Tests.Analytics;

public sealed class XlsxWriterTests
{
    private sealed record Item(string Id, string? Name, long? Count, double Share);

    private static readonly IReadOnlyList<ExportColumn<Item>> Columns =
    [
        new("id", CellKind.Text, i => i.Id),
        new("name", CellKind.Text, i => i.Name),
        new("count", CellKind.Integer, i => i.Count),
        new("share", CellKind.Percent, i => i.Share),
        new("perMember", CellKind.Decimal, i => i.Share * 10),
    ];

    private static async Task<XlsxSheet> WriteAsync(params Item[] items)
    {
        using var stream = new MemoryStream();
        await XlsxWriter.WriteAsync(stream, new ExportTable<Item>("items", "物品", Columns, items.ToAsyncEnumerable()), CancellationToken.None);
        return XlsxSheet.Read(stream.ToArray());
    }

    [Fact]
    public async Task NumbersAreNumbersWithTheirFormatsAndIdsAndNamesAreText()
    {
        var sheet = await WriteAsync(new Item("000123", "山门村", 42, 0.9534));

        Assert.Equal(["id", "name", "count", "share", "perMember"], sheet.Headers);
        Assert.Equal(new XlsxCell(CellValues.InlineString, "000123", 0, "A2"), sheet.Cell(1, "id"));
        Assert.Equal(new XlsxCell(CellValues.InlineString, "山门村", 0, "B2"), sheet.Cell(1, "name"));
        Assert.Equal(new XlsxCell(CellValues.Number, "42", 0, "C2"), sheet.Cell(1, "count"));
        // Built-in number formats 10 (0.00%) and 2 (0.00).
        Assert.Equal(new XlsxCell(CellValues.Number, "0.9534", 10, "D2"), sheet.Cell(1, "share"));
        Assert.Equal(new XlsxCell(CellValues.Number, "9.534", 2, "E2"), sheet.Cell(1, "perMember"));
    }

    [Fact]
    public async Task AnEmptyValueIsAnEmptyCell()
    {
        var sheet = await WriteAsync(new Item("x", null, null, 0));

        Assert.Null(sheet.Cell(1, "name"));
        Assert.Null(sheet.Cell(1, "count"));
        Assert.Equal("0", sheet.Cell(1, "share")!.Text);
    }

    [Fact]
    public async Task TheHeaderRowIsFrozenAndFilteredAndTheSheetIsNamed()
    {
        var sheet = await WriteAsync(new Item("a", "b", 1, 0), new Item("c", "d", 2, 1));

        Assert.Equal(["物品"], sheet.SheetNames);
        Assert.Equal(PaneStateValues.Frozen, sheet.FrozenPane!.State!.Value);
        Assert.Equal(1d, sheet.FrozenPane.VerticalSplit!.Value);
        Assert.Equal("A2", sheet.FrozenPane.TopLeftCell!.Value);
        Assert.Equal("A1:E3", sheet.AutoFilter);
    }

    [Fact]
    public async Task ChineseTextWidensItsColumnTwiceAsMuchAsLatinText()
    {
        var latin = await WriteAsync(new Item("x", new string('a', 20), 1, 0));
        var chinese = await WriteAsync(new Item("x", new string('港', 20), 1, 0));

        // Width = display width (CJK counts two) plus two of padding; the header "name" is narrower than both.
        Assert.Equal(22d, latin.Widths[1]);
        Assert.Equal(42d, chinese.Widths[1]);
        Assert.True(latin.Widths[0] >= 6, "a narrow column keeps a readable minimum");
    }

    [Fact]
    public async Task AHostileNameStillMakesAValidFile()
    {
        var sheet = await WriteAsync(
            new Item("a", "bell\u0007 lone \ud800 nul\0", 1, 0),
            new Item("b", "_x0041_", 1, 0),
            new Item("c", "  spaced  ", 1, 0),
            new Item("d", "=HYPERLINK(\"x\")", 1, 0),
            new Item("e", new string('长', 40_000), 1, 0));

        Assert.Empty(sheet.SchemaErrors);
        Assert.Equal("bell\uFFFD lone \uFFFD nul\uFFFD", sheet.Cell(1, "name")!.Text);
        Assert.Equal("_x005F_x0041_", sheet.Cell(2, "name")!.Text);
        Assert.Equal("  spaced  ", sheet.Cell(3, "name")!.Text);
        // An inline string is never evaluated, so a formula-looking name stays as it is (no apostrophe as in the CSV).
        Assert.Equal(new XlsxCell(CellValues.InlineString, "=HYPERLINK(\"x\")", 0, "B5"), sheet.Cell(4, "name"));
        Assert.Equal(CellText.MaxLength, sheet.Cell(5, "name")!.Text!.Length);
        Assert.Equal(60d, sheet.Widths[1]);
    }

    [Fact]
    public async Task RowsBeyondTheWidthSampleAreAllWrittenInOrder()
    {
        var count = XlsxWriter.WidthSampleRows + 250;
        var sheet = await WriteAsync([.. Enumerable.Range(1, count).Select(i => new Item($"id{i}", "名", i, 0))]);

        Assert.Equal(count + 1, sheet.Rows.Count);
        Assert.Equal(Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            sheet.Rows.Skip(1).Select(r => r["C"].Text));
        Assert.Equal($"A1:E{count + 1}", sheet.AutoFilter);
        Assert.Empty(sheet.SchemaErrors);
    }

    [Fact]
    public async Task TheWorkbookHasNoSchemaErrors()
    {
        var sheet = await WriteAsync(new Item("household:000001", "港口镇山门村3组12号", 3, 0.5));

        Assert.Empty(sheet.SchemaErrors);
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("港口镇", 6)]
    [InlineData("ＡＢ", 4)]
    [InlineData("3组12号", 7)]
    [InlineData("𠀀", 2)]
    public void ChineseAndFullwidthCharactersCountTwoDigitWidths(string text, int width) =>
        Assert.Equal(width, CellText.Width(text));
}
