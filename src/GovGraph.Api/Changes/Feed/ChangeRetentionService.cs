using GovGraph.Storage;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Changes.Feed;

/// <summary>Prunes the change log to <see cref="ChangeFeedOptions.Retention"/> at start and every hour after.</summary>
public sealed class ChangeRetentionService(
    IGraphStore store,
    IOptions<ChangeFeedOptions> options,
    TimeProvider clock,
    ILogger<ChangeRetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        do
        {
            await PruneAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>Removes the events older than the retention; returns how many went.</summary>
    public async Task<long> PruneAsync(CancellationToken ct)
    {
        var olderThan = clock.GetUtcNow() - options.Value.Retention;
        try
        {
            var count = await store.PruneChangesAsync(olderThan, ct);
            if (count > 0)
            {
                ChangeFeedLog.Pruned(logger, count, olderThan);
            }

            return count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            ChangeFeedLog.PruneFailed(logger, ex);
            return 0;
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
