using System.Security.Claims;
using System.Threading.RateLimiting;
using GovGraph.Api.Security;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Limits.RateLimiting;

/// <summary>
/// One token bucket per caller, shared by every way a caller spends requests: HTTP requests to <c>/graphql</c>
/// (plain, SSE, the WebSocket upgrade) and <c>/export/*</c> through ASP.NET Core's rate-limiting middleware, and each
/// <c>subscribe</c> on an open WebSocket, which would otherwise run unlimited operations on one upgrade.
/// </summary>
internal sealed class CallerRateLimiter : IDisposable
{
    // The partition of requests that are not limited (health probes, static files); never a caller's key.
    private const string Exempt = "";

    private readonly PartitionedRateLimiter<string> _buckets;

    public CallerRateLimiter(IOptions<RateLimitOptions> options)
    {
        var settings = options.Value;
        var (tokens, period) = Refill(settings.RequestsPerMinute);
        _buckets = PartitionedRateLimiter.Create<string, string>(key =>
            !settings.Enabled || key.Length == 0
                ? RateLimitPartition.GetNoLimiter(Exempt)
                : RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.Burst,
                    TokensPerPeriod = tokens,
                    ReplenishmentPeriod = period,
                    AutoReplenishment = true,
                    QueueLimit = 0,
                }));
    }

    /// <summary>The limiter the middleware uses: the same buckets, keyed by the request's caller.</summary>
    public PartitionedRateLimiter<HttpContext> ForRequests() => _buckets.WithTranslatedKey<HttpContext>(PartitionOf, leaveOpen: true);

    /// <summary>
    /// Takes one token for an operation on an open WebSocket, from the bucket of the connection's caller (who may have
    /// authenticated in <c>connection_init</c> rather than at the upgrade); false when the caller has none left.
    /// </summary>
    public bool TryAcquireOperation(HttpContext context, ClaimsPrincipal user)
    {
        using var lease = _buckets.AttemptAcquire(PartitionOf(context, user) is { Length: > 0 } key ? key : "ws:unknown");
        return lease.IsAcquired;
    }

    /// <summary>
    /// Whose bucket a request spends: the API key's id, else the authenticated user's name, else the client's
    /// address. The open development mode's principal is everybody, so it counts by address too.
    /// </summary>
    public static string PartitionOf(HttpContext context) => PartitionOf(context, context.User);

    private static string PartitionOf(HttpContext context, ClaimsPrincipal user)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/graphql") && !path.StartsWithSegments("/export"))
        {
            return Exempt;
        }

        if (user.FindFirst(GovGraphClaims.ApiKeyId)?.Value is { Length: > 0 } keyId)
        {
            return "key:" + keyId;
        }

        if (user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }
            && user.Identity.AuthenticationType != GovGraphClaims.OpenType)
        {
            return "user:" + name;
        }

        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    /// <summary>
    /// Tokens and period that refill <paramref name="perMinute"/> evenly: one at a time down to every 100 ms, more
    /// per second above that, because finer periods would only make the timer spin.
    /// </summary>
    private static (int Tokens, TimeSpan Period) Refill(int perMinute) =>
        perMinute <= 600
            ? (1, TimeSpan.FromMinutes(1) / perMinute)
            : ((perMinute + 59) / 60, TimeSpan.FromSeconds(1));

    public void Dispose() => _buckets.Dispose();
}
