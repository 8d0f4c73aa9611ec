using System.Globalization;
using System.Text;

namespace GovGraph.Api.Analytics.Export;

/// <summary>
/// Writes RFC 4180 CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the Chinese text), CRLF rows, quoted
/// fields where needed, and text that a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>)
/// prefixed with an apostrophe.
/// </summary>
public sealed class CsvWriter(Stream stream) : IAsyncDisposable
{
    private const int FlushEvery = 1000;

    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024)
    {
        NewLine = "\r\n",
    };

    /// <summary>A header row from the columns, then a row per item, flushed as pages go so the client gets them as they come.</summary>
    public static async Task WriteAsync<TRow>(Stream stream, ExportTable<TRow> table, CancellationToken ct)
    {
        await using var csv = new CsvWriter(stream);
        await csv.WriteRowAsync([.. table.Columns.Select(c => c.Header)]);
        var count = 0;
        await foreach (var row in table.Rows.WithCancellation(ct))
        {
            await csv.WriteRowAsync([.. table.Columns.Select(c => c.Value(row))]);
            if (++count % FlushEvery == 0)
            {
                await csv.FlushAsync(ct);
            }
        }
    }

    public Task WriteRowAsync(params object?[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Escape(fields[i]));
        }

        return _writer.WriteLineAsync(line.ToString());
    }

    public Task FlushAsync(CancellationToken ct) => _writer.FlushAsync(ct);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    public static string Escape(object? value)
    {
        var text = value switch
        {
            null => "",
            double d => d.ToString("0.####", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (value is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
