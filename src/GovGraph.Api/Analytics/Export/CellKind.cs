namespace GovGraph.Api.Analytics.Export;

/// <summary>What a column holds, so a spreadsheet gets numbers as numbers and ids as text.</summary>
public enum CellKind
{
    /// <summary>Text, ids included (an id such as <c>household:000123</c> is never a number).</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number shown with two decimals.</summary>
    Decimal,

    /// <summary>A fraction (0.95) shown as a percentage (95.00%).</summary>
    Percent,
}
