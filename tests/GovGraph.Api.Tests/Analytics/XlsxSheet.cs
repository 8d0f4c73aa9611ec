using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace GovGraph.Api.Tests.Analytics;

/// <summary>An .xlsx read back with the Open XML SDK: its one sheet's cells, columns, pane and schema errors.</summary>
public sealed class XlsxSheet
{
    private XlsxSheet(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        SheetNames = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        var worksheet = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().ToDictionary(c => ColumnOf(c.CellReference!), c => new XlsxCell(
                c.DataType?.Value ?? CellValues.Number,
                c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text,
                formats[(int)(c.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0,
                c.CellReference!.Value!)))
            .ToList();
        Widths = worksheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value).ToList();
        FrozenPane = worksheet.GetFirstChild<SheetViews>()?.GetFirstChild<SheetView>()?.GetFirstChild<Pane>();
        AutoFilter = worksheet.GetFirstChild<AutoFilter>()?.Reference?.Value;
        SchemaErrors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>Each row's cells by column letter (an empty cell is absent).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, XlsxCell>> Rows { get; }

    public IReadOnlyList<double> Widths { get; }

    public Pane? FrozenPane { get; }

    public string? AutoFilter { get; }

    public IReadOnlyList<string> SchemaErrors { get; }

    public static XlsxSheet Read(byte[] bytes) => new(bytes);

    /// <summary>The header row's texts, in column order.</summary>
    public IReadOnlyList<string> Headers => Rows[0].Values.Select(c => c.Text!).ToList();

    /// <summary>Row <paramref name="row"/>'s cell under the header <paramref name="header"/>, null when empty.</summary>
    public XlsxCell? Cell(int row, string header)
    {
        var column = Rows[0].Single(c => c.Value.Text == header).Key;
        return Rows[row].GetValueOrDefault(column);
    }

    private static string ColumnOf(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());
}

/// <summary>One cell as stored: its type, text (the number's text for numbers) and number format id.</summary>
public sealed record XlsxCell(CellValues Type, string? Text, uint NumberFormat, string Reference);
