using System.Globalization;

namespace GovGraph.Bench.Scope;

/// <summary>One query measured for a caller who sees everything and for one scoped to the township it is about.</summary>
internal sealed record ScopeRow(string Title, string Level, LatencyStats Unscoped, LatencyStats Scoped, string Answer)
{
    public double Ratio => Scoped.P50 / Unscoped.P50;

    public string Markdown() => string.Create(CultureInfo.InvariantCulture,
        $"| {Title} | {Level} | {Unscoped.P50:F2} | {Scoped.P50:F2} | {Ratio:F2} | {(Ratio <= 1.2 ? "yes" : "no")} | {Unscoped.P99:F2} | {Scoped.P99:F2} | {Answer} | {Unscoped.Count} / {Scoped.Count} |");

    public const string Header = """
        | query | level | unscoped p50 | scoped p50 | ratio | ≤ 1.2× | unscoped p99 | scoped p99 | answer | n unscoped / scoped |
        |---|---|---:|---:|---:|:-:|---:|---:|---|---:|
        """;
}
