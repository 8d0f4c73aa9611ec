using GovGraph.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovGraph.Api;

public static class HealthExtensions
{
    /// <summary><c>/health/live</c>: the process serves. <c>/health/ready</c>: the store answers too.</summary>
    public static IHostApplicationBuilder AddGovGraphHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return builder;
    }

    public static WebApplication MapGovGraphHealth(this WebApplication app)
    {
        // Public: load balancers and orchestrators probe without credentials.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous();
        return app;
    }
}

/// <summary>Ready when the store answers a ping.</summary>
public sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.PingAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The store answers.")
                : HealthCheckResult.Unhealthy("The store does not answer.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store does not answer.", ex);
        }
    }
}
