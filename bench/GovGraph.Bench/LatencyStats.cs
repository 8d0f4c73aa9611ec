namespace GovGraph.Bench;

/// <summary>Latencies of one query in one mode (HTTP or floor), in milliseconds.</summary>
internal sealed record LatencyStats(int Count, double P50, double P99, double Mean, double Min, double Max)
{
    /// <summary>Nearest-rank percentiles over the measured iterations.</summary>
    public static LatencyStats From(IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyStats(sorted.Length, Rank(0.50), Rank(0.99), sorted.Average(), sorted[0], sorted[^1]);
    }
}
