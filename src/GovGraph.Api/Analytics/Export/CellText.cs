using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace GovGraph.Api.Analytics.Export;

/// <summary>
/// Text as a spreadsheet cell can hold it, and how wide it shows: Chinese (and other East Asian wide) characters
/// take about two digit widths, the unit Excel and LibreOffice measure columns in.
/// </summary>
internal static partial class CellText
{
    /// <summary>The most characters a cell holds (Excel's limit; a longer text makes it refuse the file).</summary>
    public const int MaxLength = 32_767;

    /// <summary>
    /// Characters XML 1.0 cannot carry (control characters, lone surrogates) become U+FFFD, so a hostile name cannot
    /// break the file; <c>_x0041_</c>-looking text is escaped, since spreadsheets decode that form on reading.
    /// </summary>
    public static string Clean(string text)
    {
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
            if (char.IsHighSurrogate(text[^1]))
            {
                text = text[..^1];
            }
        }

        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c);
            if (pair)
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean?.Append(c);
            }
            else
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
                clean.Append('\uFFFD');
            }
        }

        var result = clean?.ToString() ?? text;
        return result.Contains("_x", StringComparison.Ordinal) ? EscapedForm().Replace(result, "_x005F_$1") : result;
    }

    /// <summary>Display width in digit widths: wide East Asian characters count two, others one.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune) ? 2 : 1;
        }

        return width;
    }

    /// <summary>The text a number shows with its column's format, to size the column.</summary>
    public static string Shown(double value, CellKind kind) => kind switch
    {
        CellKind.Percent => (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%",
        CellKind.Decimal => value.ToString("0.00", CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    // Unicode East Asian Width W and F: Hangul Jamo, CJK radicals to Yi, Hangul syllables, compatibility ideographs,
    // vertical and small forms, fullwidth forms, and the supplementary ideographic planes.
    private static bool IsWide(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x115F => true,
        >= 0x2E80 and <= 0xA4CF and not 0x303F => true,
        >= 0xAC00 and <= 0xD7A3 => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFE30 and <= 0xFE4F => true,
        >= 0xFF00 and <= 0xFF60 => true,
        >= 0xFFE0 and <= 0xFFE6 => true,
        >= 0x20000 and <= 0x3FFFD => true,
        _ => false,
    };

    [GeneratedRegex("_(x[0-9A-Fa-f]{4}_)")]
    private static partial Regex EscapedForm();
}
