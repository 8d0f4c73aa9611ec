using System.Diagnostics;

namespace GovGraph.Bench;

/// <summary>Time spent per named store call (or serialisation) across a floor's iterations: which call dominates.</summary>
internal sealed class StepTimer
{
    private readonly Dictionary<string, (long Ticks, int Calls)> _steps = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public int StoreCalls { get; private set; }

    public async Task<T> Time<T>(string step, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await call();
        Add(step, Stopwatch.GetTimestamp() - started);
        StoreCalls++;

        return result;
    }

    public T TimeSync<T>(string step, Func<T> call)
    {
        var started = Stopwatch.GetTimestamp();
        var result = call();
        Add(step, Stopwatch.GetTimestamp() - started);
        return result;
    }

    public void Reset()
    {
        _steps.Clear();
        _order.Clear();
        StoreCalls = 0;
    }

    /// <summary>Each step's share of the total, largest first, e.g. <c>GetCoverage(children) 61%</c>.</summary>
    public IReadOnlyList<(string Step, double Share, double MeanMs)> Shares(int iterations)
    {
        var total = (double)_steps.Values.Sum(s => s.Ticks);
        return _order
            .Select(name => (name, total == 0 ? 0 : _steps[name].Ticks / total,
                Stopwatch.GetElapsedTime(0, _steps[name].Ticks).TotalMilliseconds / Math.Max(1, iterations)))
            .OrderByDescending(s => s.Item2)
            .ToList();
    }

    private void Add(string step, long ticks)
    {
        if (!_steps.TryGetValue(step, out var s))
        {
            _order.Add(step);
        }

        _steps[step] = (s.Ticks + ticks, s.Calls + 1);
    }
}
