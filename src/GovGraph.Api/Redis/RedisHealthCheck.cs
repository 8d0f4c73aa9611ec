using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovGraph.Api.Redis;

/// <summary>
/// Redis for <c>/health/ready</c>: never Unhealthy, because the API serves every read and write without it
/// (Degraded says the cache and the fan-out run locally until it returns).
/// </summary>
public sealed class RedisHealthCheck(RedisAvailability availability) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(availability.IsUp
            ? HealthCheckResult.Healthy("Redis answers.")
            : HealthCheckResult.Degraded("Redis is unreachable: the cache and the change fan-out run on this instance only."));
}
