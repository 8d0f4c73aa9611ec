using System.Globalization;
using System.Text;

namespace GovGraph.Bench.Subscriptions;

/// <summary>The figures of one subscription run and their markdown table.</summary>
internal sealed record SubscriptionResult(
    int Subscribers,
    int Resumers,
    int Reconnects,
    int HandshakeRetries,
    MutationFigures Mutations,
    double CommittedPerSecond,
    int Events,
    LatencyStats? Latency,
    long Lost,
    long Duplicated,
    long LostByResumers,
    long DuplicatedByResumers,
    int Failed)
{
    public static SubscriptionResult From(
        BenchOptions options, IReadOnlyList<WsSubscriber> subscribers, IReadOnlySet<WsSubscriber> resumers,
        IReadOnlyList<(long Cursor, DateTimeOffset At)> log, MutationFigures mutations)
    {
        var expected = log.Select(e => e.Cursor).ToList();
        var expectedSet = expected.ToHashSet();

        // The rate the store really committed at: events over the span of their commit times.
        var span = log.Count > 1 ? (log[^1].At - log[0].At).TotalSeconds : 0;
        var committedRate = span > 0 ? (log.Count - 1) / span : 0;
        long Lost(WsSubscriber s) => expectedSet.Count - s.Cursors.Distinct().Count(expectedSet.Contains);
        long Duplicated(WsSubscriber s) => s.Cursors.Count - s.Cursors.Distinct().Count();
        var latencies = subscribers.SelectMany(s => s.LiveLatencies).ToList();
        return new SubscriptionResult(
            options.Subscribers,
            resumers.Count,
            subscribers.Sum(s => s.Reconnects),
            subscribers.Sum(s => s.HandshakeRetries),
            mutations,
            committedRate,
            expected.Count,
            latencies.Count == 0 ? null : LatencyStats.From(latencies),
            subscribers.Sum(Lost),
            subscribers.Sum(Duplicated),
            resumers.Sum(Lost),
            resumers.Sum(Duplicated),
            subscribers.Count(s => s.Failure is not null));
    }

    public string Markdown()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("### Subscriptions: WebSocket subscribers while mutations commit");
        sb.AppendLine();
        sb.AppendLine("| figure | value |");
        sb.AppendLine("|---|---|");
        sb.AppendLine(c, $"| subscribers (graphql-transport-ws, loopback) | {Subscribers:N0} |");
        sb.AppendLine(c, $"| of them dropping their connection mid-stream and resuming with `after` | {Resumers:N0} ({Reconnects:N0} reconnects) |");
        sb.AppendLine(c, $"| mutations sent / committed | {Mutations.Sent:N0} / {Mutations.Committed:N0} |");
        sb.AppendLine(c, $"| rate offered / committed (by the events' commit times) | {Mutations.OfferedPerSecond:F1} / {CommittedPerSecond:F1} per s |");
        sb.AppendLine(c, $"| last mutation answered after | {Mutations.SecondsToLastAnswer:F1} s |");
        sb.AppendLine(c, $"| events in the change log | {Events:N0} |");
        sb.AppendLine(c, $"| deliveries measured (live subscribers) | {Latency?.Count ?? 0:N0} |");
        sb.AppendLine(c, $"| commit-to-delivery p50 / p99 / max | {Latency?.P50 ?? double.NaN:F1} / {Latency?.P99 ?? double.NaN:F1} / {Latency?.Max ?? double.NaN:F1} ms |");
        sb.AppendLine(c, $"| events lost (all subscribers / resumers) | {Lost:N0} / {LostByResumers:N0} |");
        sb.AppendLine(c, $"| events duplicated (all subscribers / resumers) | {Duplicated:N0} / {DuplicatedByResumers:N0} |");
        sb.AppendLine(c, $"| handshakes retried (server too busy to acknowledge within its init timeout) | {HandshakeRetries:N0} |");
        sb.AppendLine(c, $"| subscribers that failed | {Failed:N0} |");
        return sb.ToString();
    }
}
