using System.Diagnostics;
using System.Globalization;
using GovGraph.Storage.Interchange;

namespace GovGraph.Api.Cli;

/// <summary>
/// One line of live progress on a terminal, redrawn in place at most four times a second: the phase, how much
/// is done, the rate and, when the total is known, the time left. Disabled (draws nothing) when the output is
/// redirected, so logs and pipes get only the verb's final summary.
/// </summary>
public sealed class ConsoleProgress : IProgress<InterchangeProgress>, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _output;
    private readonly Timer? _timer;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private InterchangeProgress? _current;
    private TimeSpan _phaseStart;
    private int _drawnWidth;

    public ConsoleProgress(TextWriter output, bool enabled)
    {
        _output = output;

        // The timer also redraws while a long step reports nothing (the store write), so the clock keeps moving.
        _timer = enabled ? new Timer(_ => Draw(), null, Interval, Interval) : null;
    }

    public void Report(InterchangeProgress value)
    {
        if (_timer is null)
        {
            return;
        }

        lock (_lock)
        {
            if (_current?.Phase != value.Phase)
            {
                _phaseStart = _clock.Elapsed;
            }

            _current = value;
        }
    }

    /// <summary>Starts a phase that reports no counts (generating, writing).</summary>
    public void Phase(string phase) => Report(new InterchangeProgress(phase, 0, null, string.Empty));

    /// <summary>The progress line for a phase that has run for <paramref name="elapsed"/>.</summary>
    public static string Format(InterchangeProgress progress, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        if (progress.Done <= 0 && progress.Total is null)
        {
            return $"{progress.Phase}… {elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s";
        }

        var line = $"{progress.Phase}: {Amount(progress.Done, progress.Unit)}";
        if (progress.Total is { } total && total > 0)
        {
            var share = Math.Min(1.0, (double)progress.Done / total);
            line += $" of {Amount(total, progress.Unit)} ({(share * 100).ToString("0", CultureInfo.InvariantCulture)}%)";
        }

        var rate = progress.Done / seconds;
        line += $", {Amount((long)rate, progress.Unit)}/s";
        if (progress.Total is { } all && rate > 0 && all > progress.Done)
        {
            line += $", about {Duration(TimeSpan.FromSeconds((all - progress.Done) / rate))} left";
        }

        return line;
    }

    /// <summary>Removes the progress line, so the summary that follows starts on a clean line.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _current = null;
            if (_drawnWidth > 0)
            {
                _output.Write("\r" + new string(' ', _drawnWidth) + "\r");
                _output.Flush();
                _drawnWidth = 0;
            }
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        Clear();
    }

    private void Draw()
    {
        lock (_lock)
        {
            if (_current is not { } current)
            {
                return;
            }

            var text = Format(current, _clock.Elapsed - _phaseStart);
            var padding = Math.Max(0, _drawnWidth - text.Length);
            _output.Write("\r" + text + new string(' ', padding));
            _output.Flush();
            _drawnWidth = text.Length;
        }
    }

    private static string Amount(long value, string unit) => unit == "bytes"
        ? value switch
        {
            >= 1 << 30 => (value / (double)(1 << 30)).ToString("0.0", CultureInfo.InvariantCulture) + " GB",
            >= 1 << 20 => (value / (double)(1 << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
            >= 1 << 10 => (value / (double)(1 << 10)).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
            _ => value.ToString(CultureInfo.InvariantCulture) + " B",
        }
        : $"{value.ToString("N0", CultureInfo.InvariantCulture)} {unit}".TrimEnd();

    private static string Duration(TimeSpan left) => left.TotalSeconds < 60
        ? $"{Math.Ceiling(left.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s"
        : $"{(int)left.TotalMinutes} min {left.Seconds} s";
}
