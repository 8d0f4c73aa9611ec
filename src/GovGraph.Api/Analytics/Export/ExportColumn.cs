namespace GovGraph.Api.Analytics.Export;

/// <summary>One column of an export: its header, what it holds and how a row gives its value (null: empty).</summary>
public sealed record ExportColumn<TRow>(string Header, CellKind Kind, Func<TRow, object?> Value);
