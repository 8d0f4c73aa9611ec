namespace GovGraph.Api.Store;

/// <summary>
/// Says "still working" while a long task runs. The seed is one store transaction with no finer progress to report,
/// so a heartbeat with the elapsed time is what keeps a first start from looking hung.
/// </summary>
public static class SeedProgress
{
    public static async Task WhileRunningAsync(
        Task work, TimeProvider time, TimeSpan interval, Action<TimeSpan> report, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        while (await Task.WhenAny(work, Task.Delay(interval, time, stop.Token)) != work)
        {
            ct.ThrowIfCancellationRequested();
            report(time.GetElapsedTime(started));
        }

        await stop.CancelAsync();
        await work;
    }
}
