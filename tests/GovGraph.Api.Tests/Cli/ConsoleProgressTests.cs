using GovGraph.Api.Cli;
using GovGraph.Storage.Interchange;

namespace GovGraph.Api.Tests.Cli;

public sealed class ConsoleProgressTests
{
    [Fact]
    public void AProgressLineShowsTheAmountTheShareTheRateAndTheTimeLeft()
    {
        var line = ConsoleProgress.Format(new InterchangeProgress("reading", 20 << 20, 60 << 20, "bytes"), TimeSpan.FromSeconds(2));

        Assert.Equal("reading: 20.0 MB of 60.0 MB (33%), 10.0 MB/s, about 4 s left", line);
    }

    [Fact]
    public void AProgressLineWithoutATotalShowsTheCountAndTheRate()
    {
        var line = ConsoleProgress.Format(new InterchangeProgress("exporting relationships", 150_000, null, "relationships"), TimeSpan.FromSeconds(3));

        Assert.Equal("exporting relationships: 150,000 relationships, 50,000 relationships/s", line);
    }

    [Fact]
    public void APhaseWithoutCountsShowsHowLongItHasRun()
    {
        var line = ConsoleProgress.Format(new InterchangeProgress("writing to the store", 0, null, "nodes"), TimeSpan.FromSeconds(7.4));

        Assert.Equal("writing to the store… 7 s", line);
    }

    [Fact]
    public void ALongWaitIsShownInMinutesAndSeconds()
    {
        var line = ConsoleProgress.Format(new InterchangeProgress("exporting nodes", 1_000, 100_000, "nodes"), TimeSpan.FromSeconds(1));

        Assert.Equal("exporting nodes: 1,000 nodes of 100,000 nodes (1%), 1,000 nodes/s, about 1 min 39 s left", line);
    }

    [Fact]
    public void DisabledProgressWritesNothing()
    {
        var output = new StringWriter();
        using (var progress = new ConsoleProgress(output, enabled: false))
        {
            progress.Report(new InterchangeProgress("reading", 1, 2, "bytes"));
            progress.Phase("writing");
        }

        Assert.Empty(output.ToString());
    }
}
