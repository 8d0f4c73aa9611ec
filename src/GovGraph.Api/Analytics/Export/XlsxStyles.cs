using DocumentFormat.OpenXml.Spreadsheet;

namespace GovGraph.Api.Analytics.Export;

/// <summary>The workbook's few cell styles: plain, the bold header, percentages and two-decimal numbers.</summary>
internal static class XlsxStyles
{
    public const uint Plain = 0;
    public const uint Header = 1;
    public const uint Percent = 2;
    public const uint Decimal = 3;

    // Built-in number formats every spreadsheet knows by id (ECMA-376 part 1, 18.8.30): no custom format needed.
    private const uint BuiltInTwoDecimals = 2;
    private const uint BuiltInPercentTwoDecimals = 10;

    public static uint For(CellKind kind) => kind switch
    {
        CellKind.Percent => Percent,
        CellKind.Decimal => Decimal,
        _ => Plain,
    };

    public static Stylesheet Stylesheet() => new(
        new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
        // The first two fills are reserved by the format (none, gray125), whether used or not.
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = BuiltInPercentTwoDecimals, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = BuiltInTwoDecimals, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });
        return font;
    }
}
