using Microsoft.Extensions.Options;

namespace GovGraph.Api.ServiceRequests.Escalation;

/// <summary>
/// Runs <see cref="RequestEscalator"/> at start and then every <see cref="EscalationOptions.Interval"/>, waiting on
/// the injected <see cref="TimeProvider"/> (so a fake clock drives it in tests). A failed pass is logged; the next
/// one tries again.
/// </summary>
public sealed class EscalationService(
    RequestEscalator escalator,
    IOptions<EscalationOptions> options,
    TimeProvider clock,
    ILogger<EscalationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            EscalationLog.Disabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await escalator.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                EscalationLog.PassFailed(logger, ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
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
