using System.ComponentModel.DataAnnotations;

namespace GovGraph.Api.Limits.RateLimiting;

/// <summary>Rate limiting per caller (configuration section <c>RateLimit</c>): a token bucket per API key, user or client address.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Off only for trusted set-ups (a gateway that limits already); default on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The sustained rate one caller may send, refilled evenly over the minute (default 600).</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>How many requests one caller may send at once before the rate applies (default 100).</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 100;
}
