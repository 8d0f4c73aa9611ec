using GovGraph.Api.Errors;
using GovGraph.Api.Graph;
using GovGraph.Domain.Model;

namespace GovGraph.Api.Analytics.Export;

/// <summary>
/// Spreadsheet downloads for analysts, each as <c>.csv</c> and <c>.xlsx</c> from the same table:
/// <c>/export/unassigned-households.csv?under=ID</c> and <c>/export/coverage.csv?under=ID</c>. They read through
/// the caller's view like every GraphQL field: only the caller's subtree, personal data masked unless the caller
/// may see it. A unit that is not in the graph, or not in the caller's view, is a 404 before anything is written.
/// </summary>
public static class ExportEndpoints
{
    public static WebApplication MapExports(this WebApplication app)
    {
        Map(app, "/export/unassigned-households", UnassignedHouseholdsExport.TableAsync);
        Map(app, "/export/coverage", CoverageExport.TableAsync);
        return app;
    }

    private static void Map<TRow>(WebApplication app, string path, Func<GraphLoaders, GraphNode, CancellationToken, Task<ExportTable<TRow>>> table)
    {
        app.MapGet(path + ".csv", (HttpContext http, GraphLoaders loaders, string? under) =>
            ExportAsync(http, loaders, under, table, "text/csv; charset=utf-8", ".csv", CsvWriter.WriteAsync));
        app.MapGet(path + ".xlsx", (HttpContext http, GraphLoaders loaders, string? under) =>
            ExportAsync(http, loaders, under, table, XlsxWriter.ContentType, ".xlsx", XlsxWriter.WriteAsync));
    }

    private static async Task<IResult> ExportAsync<TRow>(
        HttpContext http,
        GraphLoaders loaders,
        string? under,
        Func<GraphLoaders, GraphNode, CancellationToken, Task<ExportTable<TRow>>> table,
        string contentType,
        string extension,
        Func<Stream, ExportTable<TRow>, CancellationToken, Task> write)
    {
        var ct = http.RequestAborted;
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

        var export = await table(loaders, unit, ct);
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{export.FileName}{extension}\"";
        await write(http.Response.Body, export, ct);
        return Results.Empty;
    }

    private static IResult Refuse(string code, string message, int status) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code } } } }, statusCode: status);
}
