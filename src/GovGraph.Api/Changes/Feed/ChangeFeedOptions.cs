using System.ComponentModel.DataAnnotations;

namespace GovGraph.Api.Changes.Feed;

/// <summary>The change feed's settings (configuration section <c>Changes</c>).</summary>
public sealed class ChangeFeedOptions
{
    public const string Section = "Changes";

    /// <summary>How long the change log keeps events (default 30 days); an older cursor gets CURSOR_EXPIRED.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How often the hub looks at the change log for commits it heard nothing about (made on another instance
    /// while Redis was down, say). Default 1 second.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Events a subscriber may have waiting before it counts as lagging and catches up from the change log
    /// instead (default 10,000). It loses nothing either way; this bounds the memory one slow client holds.
    /// </summary>
    [Range(1, 10_000_000)]
    public int SubscriberBuffer { get; set; } = 10_000;
}
