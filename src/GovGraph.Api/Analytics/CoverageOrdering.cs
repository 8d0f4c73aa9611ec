namespace GovGraph.Api.Analytics;

/// <summary>Sorts coverage rows by a <c>CoverageOrder</c> argument; ties keep the graph's order.</summary>
public static class CoverageOrdering
{
    public static IEnumerable<CoverageResult> Apply(IEnumerable<CoverageResult> rows, Dictionary<string, object?>? order)
    {
        if (order?["field"] is not string field)
        {
            return rows;
        }

        var descending = order.TryGetValue("direction", out var d) && d is true;
        Func<CoverageResult, IComparable> key = field switch
        {
            "NAME" => r => r.Unit.Name ?? "",
            "HOUSEHOLDS" => r => r.Figures.Households,
            "LINKED" => r => r.Figures.Linked,
            "UNASSIGNED" => r => r.Figures.Unassigned,
            "RATIO" => r => r.Figures.Ratio,
            "MEMBERS" => r => r.Figures.Members,
            _ => r => r.Figures.CentralHouseholds,
        };
        var comparer = field == "NAME" ? Comparer<IComparable>.Create((a, b) => string.CompareOrdinal((string)a, (string)b)) : Comparer<IComparable>.Default;

        // OrderBy is stable, so ties keep the graph's order in both directions.
        return descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
    }
}
