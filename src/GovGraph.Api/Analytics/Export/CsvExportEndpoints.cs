using GovGraph.Api.Errors;
using GovGraph.Api.Graph;
using GovGraph.Api.Security;
using GovGraph.Domain.Model;
using GovGraph.Storage;

namespace GovGraph.Api.Analytics.Export;

/// <summary>
/// CSV downloads for analysts: <c>/export/unassigned-households.csv?under=ID</c> and
/// <c>/export/coverage.csv?under=ID</c>. Streamed page by page, so memory stays flat whatever the subtree.
/// They read through the caller's view like every GraphQL field: only the caller's subtree, personal data masked
/// unless the caller may see it.
/// </summary>
public static class CsvExportEndpoints
{
    private const int PageSize = 1000;

    public static WebApplication MapCsvExports(this WebApplication app)
    {
        app.MapGet("/export/unassigned-households.csv", UnassignedHouseholdsAsync);
        app.MapGet("/export/coverage.csv", CoverageAsync);
        return app;
    }

    private static async Task<IResult> UnassignedHouseholdsAsync(HttpContext http, GraphLoaders loaders, string? under)
    {
        var store = loaders.Store;
        var caller = loaders.Caller;
        if (under is not null && !NodeIds.IsWellFormed(under))
        {
            return Refuse(ErrorCodes.InvalidId, "`under` is not a well-formed node id.", StatusCodes.Status400BadRequest);
        }

        var ct = http.RequestAborted;
        StartCsv(http, "unassigned-households.csv");
        await using var csv = new CsvWriter(http.Response.Body);
        await csv.WriteRowAsync("householdId", "headName", "phone", "address", "size", "partyGroup", "village", "township", "partyGroupId", "villageId");
        var names = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = await store.FindNodesAsync(new NodeQuery(AnalyticsQueries.Unassigned(under), PageSize, after, IncludeTotal: false), ct);
            var households = page.Items.Select(i => i.Node).ToList();
            var ancestors = await store.GetAncestorsAsync(households.Select(h => h.Id).ToList(), ct);
            var unknown = ancestors.Values.SelectMany(a => a).Distinct().Where(id => !names.ContainsKey(id)).ToList();
            foreach (var node in unknown.Count > 0 ? await store.GetNodesAsync(unknown, ct) : [])
            {
                names[node.Id] = node;
            }

            foreach (var household in households)
            {
                string? Shown(string property) => PersonalDataGuard.Show(caller, Labels.Household, property, household.GetString(property));

                var up = ancestors.TryGetValue(household.Id, out var a) ? a.Select(id => names.GetValueOrDefault(id)).ToList() : [];
                var group = up.FirstOrDefault(n => n?.Label == Labels.PartyGroup);
                var village = up.FirstOrDefault(n => n?.Label == Labels.Village);
                var township = up.FirstOrDefault(n => n?.Label == Labels.Township);
                await csv.WriteRowAsync(
                    household.Id, Shown(Props.HeadName), Shown(Props.Phone), Shown(Props.Address),
                    household.GetLong(Props.Size), group?.Name, village?.Name, township?.Name, group?.Id, village?.Id);
            }

            await csv.FlushAsync(ct);
            after = page.HasNextPage ? page.Items[^1].Cursor : null;
        }
        while (after is not null);

        return Results.Empty;
    }

    private static async Task<IResult> CoverageAsync(HttpContext http, GraphLoaders loaders, string? under)
    {
        var ct = http.RequestAborted;
        var store = loaders.Store;
        // Without `under`, the caller's own subtree: the whole city for callers who see everything.
        under ??= loaders.Caller.Scope;
        if (under is not null && !NodeIds.IsWellFormed(under))
        {
            return Refuse(ErrorCodes.InvalidId, "`under` is not a well-formed node id.", StatusCodes.Status400BadRequest);
        }

        var unit = await loaders.UnderOrScopeAsync(under, ct);
        if (unit is null || !Labels.OrgUnits.Contains(unit.Label))
        {
            return Refuse(ErrorCodes.NotFound, "`under` is not an org unit of this graph.", StatusCodes.Status404NotFound);
        }

        var coverage = await CoverageType.ForUnitAsync(store, unit, withChildren: true, ct);

        StartCsv(http, "coverage.csv");
        await using var csv = new CsvWriter(http.Response.Body);
        await csv.WriteRowAsync("unitId", "name", "label", "households", "linked", "unassigned", "ratio", "members", "avgHouseholdsPerMember", "maxHouseholdsPerMember", "centralHouseholds");
        foreach (var (u, f, _) in coverage.Children!.Prepend(coverage))
        {
            await csv.WriteRowAsync(u.Id, u.Name, u.Label, f.Households, f.Linked, f.Unassigned, f.Ratio, f.Members, f.AverageHouseholdsPerMember, f.MaxHouseholdsPerMember, f.CentralHouseholds);
        }

        return Results.Empty;
    }

    private static void StartCsv(HttpContext http, string fileName)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
    }

    private static IResult Refuse(string code, string message, int status) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code } } } }, statusCode: status);
}
