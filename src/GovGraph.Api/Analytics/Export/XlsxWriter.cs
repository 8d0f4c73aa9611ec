using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovGraph.Api.Analytics.Export;

/// <summary>
/// Writes an export as an .xlsx workbook of one sheet: typed cells (numbers as numbers, ids and names as inline
/// strings), the header row bold and frozen with an autofilter, columns sized to their text. The sheet is written
/// row by row with the Open XML SDK's <see cref="OpenXmlWriter"/> into a write-only package, whose ZIP entries
/// are deflated straight to a temporary file, then copied to the response: memory stays flat whatever the list.
/// </summary>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Rows held back to size the columns: the format puts the widths before the rows, and a page of rows sizes
    /// them as well as the whole list would without holding the whole list.
    /// </summary>
    public const int WidthSampleRows = 1000;

    // The parts of a one-sheet workbook as ECMA-376 names them (part 1, 12.3; the SDK's WorkbookPart and friends
    // carry the same strings).
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string WorksheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private const string StylesContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private const string OfficeDocumentRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string WorksheetRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    private const string StylesRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

    private const double MinWidth = 6;
    private const double MaxWidth = 60;

    public static async Task WriteAsync<TRow>(Stream destination, ExportTable<TRow> table, CancellationToken ct)
    {
        // NOTE: a ZIP file ends with its directory, and the response stream allows no synchronous writes, which
        // the packaging code makes: so the workbook is built on disk and sent when complete.
        var path = Path.Combine(Path.GetTempPath(), $"govgraph-export-{Guid.NewGuid():N}.xlsx");
        await using var file = new FileStream(
            path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await WritePackageAsync(file, table, ct);
        file.Position = 0;
        await file.CopyToAsync(destination, ct);
    }

    private static async Task WritePackageAsync<TRow>(Stream file, ExportTable<TRow> table, CancellationToken ct)
    {
        // NOTE: the SDK's SpreadsheetDocument reads the package back as it adds parts, which a write-only package
        // refuses, and a readable one holds every ZIP entry in memory until saved. So the package is made with
        // System.IO.Packaging, write-only (each entry deflated to the file as it is written), and each part's
        // SpreadsheetML with the SDK's OpenXmlWriter.
        // A write-only ZIP archive takes each entry whole, one after the other: so each part is created and written
        // before the next, the sheet first (the workbook's filter range needs its last row).
        using var package = Package.Open(file, FileMode.Create, FileAccess.Write);
        var sheet = package.CreatePart(new Uri("/xl/worksheets/sheet1.xml", UriKind.Relative), WorksheetContentType, CompressionOption.Normal);
        int lastRow;
        using (var stream = sheet.GetStream(FileMode.Create, FileAccess.Write))
        {
            lastRow = await WriteSheetAsync(stream, table, ct);
        }

        Write(package.CreatePart(new Uri("/xl/styles.xml", UriKind.Relative), StylesContentType, CompressionOption.Normal), XlsxStyles.Stylesheet());

        var workbook = package.CreatePart(new Uri("/xl/workbook.xml", UriKind.Relative), WorkbookContentType, CompressionOption.Normal);
        package.CreateRelationship(workbook.Uri, TargetMode.Internal, OfficeDocumentRelationship);
        workbook.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, StylesRelationship);
        var sheetId = workbook.CreateRelationship(new Uri("worksheets/sheet1.xml", UriKind.Relative), TargetMode.Internal, WorksheetRelationship).Id;
        var range = $"'{table.SheetName.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${ColumnName(table.Columns.Count)}${lastRow}";
        Write(workbook, new Workbook(
            new Sheets(new Sheet { Name = table.SheetName, SheetId = 1, Id = sheetId }),
            new DefinedNames(new DefinedName(range) { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true })));
    }

    private static async Task<int> WriteSheetAsync<TRow>(Stream part, ExportTable<TRow> table, CancellationToken ct)
    {
        var columns = table.Columns;
        var widths = columns.Select(c => CellText.Width(c.Header) + 1d).ToArray();
        var sample = new List<TRow>(WidthSampleRows);
        await using var rows = table.Rows.GetAsyncEnumerator(ct);
        var more = true;
        while (sample.Count < WidthSampleRows && (more = await rows.MoveNextAsync()))
        {
            sample.Add(rows.Current);
            for (var i = 0; i < columns.Count; i++)
            {
                widths[i] = Math.Max(widths[i], CellText.Width(Shown(columns[i].Value(rows.Current), columns[i].Kind)));
            }
        }

        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FrozenHeader());
        writer.WriteElement(new Columns(widths.Select((w, i) => new Column
        {
            Min = (uint)i + 1,
            Max = (uint)i + 1,
            Width = Math.Clamp(w + 2, MinWidth, MaxWidth),
            CustomWidth = true,
        })));
        writer.WriteStartElement(new SheetData());
        var rowIndex = 1;
        writer.WriteElement(Row(rowIndex, columns.Select(c => TextCell(c.Header, XlsxStyles.Header))));
        foreach (var row in sample)
        {
            writer.WriteElement(Row(++rowIndex, Cells(columns, row)));
        }

        while (more && await rows.MoveNextAsync())
        {
            writer.WriteElement(Row(++rowIndex, Cells(columns, rows.Current)));
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(columns.Count)}{rowIndex}" });
        writer.WriteEndElement();
        return rowIndex;
    }

    private static void Write(PackagePart part, OpenXmlElement root)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument();
        writer.WriteElement(root);
    }

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    {
        TabSelected = true,
        WorkbookViewId = 0,
    });

    private static Row Row(int index, IEnumerable<Cell?> cells)
    {
        var row = new Row { RowIndex = (uint)index };
        var column = 0;
        foreach (var cell in cells)
        {
            column++;
            if (cell is not null)
            {
                cell.CellReference = ColumnName(column) + index.ToString(CultureInfo.InvariantCulture);
                row.Append(cell);
            }
        }

        return row;
    }

    private static IEnumerable<Cell?> Cells<TRow>(IReadOnlyList<ExportColumn<TRow>> columns, TRow row) =>
        columns.Select(c => Cell(c.Value(row), c.Kind));

    private static Cell? Cell(object? value, CellKind kind) => (value, kind) switch
    {
        (null, _) => null,
        (_, CellKind.Text) => TextCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", XlsxStyles.Plain),
        (IConvertible number, _) when Number(number) is { } d => new Cell
        {
            DataType = CellValues.Number,
            StyleIndex = XlsxStyles.For(kind),
            CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)),
        },
        _ => TextCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", XlsxStyles.Plain),
    };

    private static Cell TextCell(string text, uint style)
    {
        var clean = CellText.Clean(text);
        var t = new Text(clean);
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])))
        {
            t.Space = SpaceProcessingModeValues.Preserve;
        }

        return new Cell { DataType = CellValues.InlineString, StyleIndex = style, InlineString = new InlineString(t) };
    }

    private static double? Number(IConvertible value) => value.GetTypeCode() switch
    {
        TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
            or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal
            when value.ToDouble(CultureInfo.InvariantCulture) is var d && double.IsFinite(d) => d,
        _ => null,
    };

    private static string Shown(object? value, CellKind kind) => value switch
    {
        null => "",
        IConvertible number when kind != CellKind.Text && Number(number) is { } d => CellText.Shown(d, kind),
        _ => CellText.Clean(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>A 1-based column number as its letters: 1 → A, 27 → AA.</summary>
    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }
}
