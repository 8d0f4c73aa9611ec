using System.Diagnostics;

namespace GovGraph.Bench;

/// <summary>Sequential iterations of one operation: a warm-up, then measured runs bounded by count and time.</summary>
internal static class Measure
{
    public static async Task<LatencyStats> RunAsync(BenchOptions options, Func<Task> operation, Action? afterWarmup = null)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < options.Warmup && (i < 3 || clock.Elapsed < options.Budget / 4); i++)
        {
            await operation();
        }

        afterWarmup?.Invoke();
        var samples = new List<double>(options.Iterations);
        clock.Restart();
        while (samples.Count < options.Iterations && (samples.Count < options.MinIterations || clock.Elapsed < options.Budget))
        {
            var started = Stopwatch.GetTimestamp();
            await operation();
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return LatencyStats.From(samples);
    }
}
