using GovGraph.Api.Store;
using Microsoft.Extensions.Time.Testing;

namespace GovGraph.Api.Tests.Store;

/// <summary>The seed's heartbeat: one line per interval while the write runs, none after it ends.</summary>
public sealed class SeedProgressTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task ALongWriteIsReportedOncePerIntervalWithItsElapsedTime()
    {
        var write = new TaskCompletionSource();
        var reports = new List<TimeSpan>();
        var watching = SeedProgress.WhileRunningAsync(write.Task, _clock, TimeSpan.FromSeconds(2), reports.Add, default);

        for (var i = 0; i < 3; i++)
        {
            await AdvanceUntilAsync(() => reports.Count == i + 1);
        }

        write.SetResult();
        await watching;
        _clock.Advance(TimeSpan.FromSeconds(10));

        // Three reports and no more after the end; each at least one interval after the one before (the test's clock
        // steps may land before the watcher re-arms, so a report can come a step late, never early).
        Assert.Equal(3, reports.Count);
        Assert.True(reports[0] >= TimeSpan.FromSeconds(2), $"first report at {reports[0]}");
        Assert.True(reports[1] - reports[0] >= TimeSpan.FromSeconds(2) && reports[2] - reports[1] >= TimeSpan.FromSeconds(2),
            string.Join(", ", reports));
    }

    [Fact]
    public async Task AWriteThatEndsBeforeTheFirstIntervalIsNeverReported()
    {
        var reports = new List<TimeSpan>();

        await SeedProgress.WhileRunningAsync(Task.CompletedTask, _clock, TimeSpan.FromSeconds(2), reports.Add, default);
        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Empty(reports);
    }

    [Fact]
    public async Task AFailedWriteFailsTheStartWithItsOwnError()
    {
        var write = Task.FromException(new InvalidOperationException("disk full"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => SeedProgress.WhileRunningAsync(write, _clock, TimeSpan.FromSeconds(2), _ => { }, default));

        Assert.Equal("disk full", error.Message);
    }

    private async Task AdvanceUntilAsync(Func<bool> reached)
    {
        // The watcher arms its next delay after each report; advance only once it has done so and the report is in.
        for (var spins = 0; !reached(); spins++)
        {
            Assert.True(spins < 1000, "the heartbeat never reported");
            _clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Yield();
            await Task.Delay(1);
        }
    }
}
