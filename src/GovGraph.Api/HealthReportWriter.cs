using System.Text.Json;
using GovGraph.Api.Transport;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovGraph.Api;

/// <summary>Writes a health report as small JSON: overall status and each check's status and description.</summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, ResponseJson.SerializerOptions), context.RequestAborted);
    }
}
