using System.Globalization;
using System.Text;

namespace GovGraph.Bench;

/// <summary>The results as markdown tables: seeding, latency against the floor, scaling, and where the floor's time goes.</summary>
internal static class Report
{
    private const double FloorTarget = 3.0;
    private const double ScalingTarget = 1.5;

    public static string Markdown(BenchOptions options, IReadOnlyList<ScaleResult> scales)
    {
        var md = new StringBuilder();
        void Line(FormattableString s) => md.AppendLine(s.ToString(CultureInfo.InvariantCulture));

        Line($"Settings: warm-up {options.Warmup}, up to {options.Iterations} sequential iterations per query and mode, at most {options.Budget.TotalSeconds:F0} s each (at least {options.MinIterations}).");
        Line($"");
        Line($"### Seeding (generate + write, one transaction)");
        Line($"");
        Line($"| scale | households | nodes | relationships | generate | write | total | 山门村 subtree (nodes) | file |");
        Line($"|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var s in scales)
        {
            var seed = s.Seed;
            Line($"| {s.Scale}× | {seed.Households:N0} | {seed.Nodes:N0} | {seed.Relationships:N0} | {seed.GenerateMs / 1000:F1} s | {seed.WriteMs / 1000:F1} s | {(seed.GenerateMs + seed.WriteMs) / 1000:F1} s | {s.ShanmenSubtree:N0} | {(s.SeedReused ? $"reused (seeded {seed.SeededAt:yyyy-MM-dd HH:mm})" : "seeded in this run")} |");
        }

        Line($"");
        Line($"### Latency through HTTP against the floor (ms)");
        Line($"");
        Line($"| query | scale | HTTP p50 | HTTP p99 | floor p50 | floor p99 | p50 ratio | ≤ {FloorTarget}× | server elapsedMs | store calls API / floor | response | n HTTP / floor | same answer |");
        Line($"|---|---:|---:|---:|---:|---:|---:|:-:|---:|:-:|---:|---:|:-:|");
        foreach (var key in scales[0].Queries.Select(q => q.Scenario.Key))
        {
            foreach (var s in scales)
            {
                var q = s.Queries.Single(x => x.Scenario.Key == key);
                Line($"| {q.Scenario.Title} | {s.Scale}× | {q.Http.P50:F2} | {q.Http.P99:F2} | {q.Floor.P50:F2} | {q.Floor.P99:F2} | {q.Ratio:F2} | {Mark(q.Ratio <= FloorTarget)} | {q.ServerElapsedMs:F2} | {q.ApiStoreCalls} / {q.FloorStoreCalls} | {Size(q.ResponseBytes)} | {q.Http.Count} / {q.Floor.Count} | {Mark(q.AnswersEqual)} |");
            }
        }

        var one = scales.FirstOrDefault(s => s.Scale == 1);
        var ten = scales.FirstOrDefault(s => s.Scale == 10);
        if (one is not null && ten is not null)
        {
            Line($"");
            Line($"### Subtree-bounded queries: p50 at 10× over p50 at 1× (target ≤ {ScalingTarget}×)");
            Line($"");
            Line($"| query | HTTP 1× | HTTP 10× | HTTP ratio | ≤ {ScalingTarget}× | floor 1× | floor 10× | floor ratio |");
            Line($"|---|---:|---:|---:|:-:|---:|---:|---:|");
            foreach (var q1 in one.Queries.Where(q => q.Scenario.SubtreeBounded))
            {
                var q10 = ten.Queries.Single(q => q.Scenario.Key == q1.Scenario.Key);
                var ratio = q10.Http.P50 / q1.Http.P50;
                Line($"| {q1.Scenario.Title} | {q1.Http.P50:F2} | {q10.Http.P50:F2} | {ratio:F2} | {Mark(ratio <= ScalingTarget)} | {q1.Floor.P50:F2} | {q10.Floor.P50:F2} | {q10.Floor.P50 / q1.Floor.P50:F2} |");
            }
        }

        Line($"");
        Line($"### Where the floor's time goes (mean ms per iteration, share of the floor)");
        Line($"");
        Line($"| query | scale | steps, largest first |");
        Line($"|---|---:|---|");
        foreach (var key in scales[0].Queries.Select(q => q.Scenario.Key))
        {
            foreach (var s in scales)
            {
                var q = s.Queries.Single(x => x.Scenario.Key == key);
                var steps = string.Join("; ", q.FloorSteps.Take(4).Select(st => string.Create(CultureInfo.InvariantCulture, $"{st.Step} {st.MeanMs:F2} ({st.Share:P0})")));
                Line($"| {q.Scenario.Title} | {s.Scale}× | {steps} |");
            }
        }

        Line($"");
        Line($"### Inputs and load");
        Line($"");
        foreach (var s in scales)
        {
            var inputs = string.Join(", ", s.Inputs.Select(kv => $"{kv.Key} `{kv.Value}`"));
            Line($"- {s.Scale}×: {inputs}; load average before / after: {s.LoadBefore} / {s.LoadAfter}");
        }

        return md.ToString();
    }

    private static string Mark(bool ok) => ok ? "yes" : "**no**";

    private static string Size(int bytes) => bytes >= 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} B");
}
