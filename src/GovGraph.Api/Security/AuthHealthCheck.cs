using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovGraph.Api.Security;

/// <summary>
/// Says in <c>/health/ready</c> whether callers must authenticate: Degraded (still 200) in the open development
/// mode, so a shared deployment that forgot its <c>Auth</c> section shows it on every dashboard.
/// </summary>
internal sealed class AuthHealthCheck(AuthMode mode) : IHealthCheck
{
    public const string Name = "auth";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(mode.IsEnabled
            ? HealthCheckResult.Healthy("Callers authenticate with a bearer token or an API key.")
            : HealthCheckResult.Degraded(AuthLog.OpenWarning));
}
