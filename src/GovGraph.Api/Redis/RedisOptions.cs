using System.ComponentModel.DataAnnotations;

namespace GovGraph.Api.Redis;

/// <summary>
/// How GovGraph talks to Redis (configuration section <c>Redis</c>). Redis itself is switched on by
/// <c>ConnectionStrings:Redis</c>; these settings only matter then.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>The pub/sub channel committed change events travel on between instances.</summary>
    [Required, MinLength(1)]
    public string Channel { get; set; } = "govgraph:changes";

    /// <summary>The prefix of the analytics cache's keys in Redis (deployments sharing one Redis use their own).</summary>
    [Required, MinLength(1)]
    public string CachePrefix { get; set; } = "govgraph:cache:";

    /// <summary>How long one connect attempt may take, in milliseconds (default 2000).</summary>
    [Range(100, 60_000)]
    public int ConnectTimeoutMs { get; set; } = 2000;

    /// <summary>How long one Redis command may take before it fails, in milliseconds (default 1000).</summary>
    [Range(50, 60_000)]
    public int CommandTimeoutMs { get; set; } = 1000;

    /// <summary>How often a lost connection is retried, in milliseconds (default 1000).</summary>
    [Range(100, 60_000)]
    public int ReconnectIntervalMs { get; set; } = 1000;
}
