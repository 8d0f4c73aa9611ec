using GovGraph.Api.Graph;
using GovGraph.Domain.Model;

namespace GovGraph.Api.Analytics.Export;

/// <summary>The coverage of a unit, then of each of its child units: the <c>coverage</c> field as a table.</summary>
public static class CoverageExport
{
    public static readonly IReadOnlyList<ExportColumn<CoverageResult>> Columns =
    [
        new("unitId", CellKind.Text, c => c.Unit.Id),
        new("name", CellKind.Text, c => c.Unit.Name),
        new("label", CellKind.Text, c => c.Unit.Label),
        new("households", CellKind.Integer, c => c.Figures.Households),
        new("linked", CellKind.Integer, c => c.Figures.Linked),
        new("unassigned", CellKind.Integer, c => c.Figures.Unassigned),
        new("ratio", CellKind.Percent, c => c.Figures.Ratio),
        new("members", CellKind.Integer, c => c.Figures.Members),
        new("avgHouseholdsPerMember", CellKind.Decimal, c => c.Figures.AverageHouseholdsPerMember),
        new("maxHouseholdsPerMember", CellKind.Integer, c => c.Figures.MaxHouseholdsPerMember),
        new("centralHouseholds", CellKind.Integer, c => c.Figures.CentralHouseholds),
    ];

    public static async Task<ExportTable<CoverageResult>> TableAsync(GraphLoaders loaders, GraphNode unit, CancellationToken ct)
    {
        // Computed before the response starts: a unit's children are few, and a failure still gets a clean error.
        var coverage = await CoverageType.ForUnitAsync(loaders.Store, unit, withChildren: true, ct);
        return new ExportTable<CoverageResult>("coverage", "Coverage", Columns, new[] { coverage }.Concat(coverage.Children!).ToAsyncEnumerable());
    }
}
