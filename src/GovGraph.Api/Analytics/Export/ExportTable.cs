namespace GovGraph.Api.Analytics.Export;

/// <summary>
/// One export as every format writes it: the CSV and the .xlsx take the same columns over the same rows, so they
/// never disagree. <paramref name="FileName"/> has no extension; <paramref name="Rows"/> is read once, as it comes.
/// </summary>
public sealed record ExportTable<TRow>(
    string FileName,
    string SheetName,
    IReadOnlyList<ExportColumn<TRow>> Columns,
    IAsyncEnumerable<TRow> Rows);
