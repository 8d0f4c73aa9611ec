using System.ComponentModel.DataAnnotations;

namespace GovGraph.Api.Analytics.Caching;

/// <summary>How long analytics figures stay cached (configuration section <c>AnalyticsCache</c>).</summary>
public sealed class AnalyticsCacheOptions
{
    public const string Section = "AnalyticsCache";

    /// <summary>
    /// The most seconds a cached figure lives (default 600). Change events invalidate figures as they commit; this
    /// is only the backstop for an invalidation that never arrived.
    /// </summary>
    [Range(1, 86_400)]
    public int ExpirySeconds { get; set; } = 600;
}
