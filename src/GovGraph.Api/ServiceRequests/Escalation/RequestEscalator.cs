using GovGraph.Api.Changes.Feed;
using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage;
using GovGraph.Storage.Editing;
using GovGraph.Storage.Writing;

namespace GovGraph.Api.ServiceRequests.Escalation;

/// <summary>
/// One escalation pass (催办 → 督办 → 提级): finds the open cases past their deadline at the injected clock's now
/// and records each one's due step through <see cref="ServiceRequestEditor.EscalateDueAsync"/>, each case in its
/// own write transaction as <see cref="RequestWorkflow.SystemActor"/> over the whole (unscoped) store, publishing
/// what it committed. A case that fails is logged and left for the next pass; the others go on.
/// </summary>
/// <remarks>
/// Passes may overlap (two instances, or a pass and a test): the workflow spaces the steps by
/// <see cref="RequestTimeLimits.OverdueStepInterval"/>, so the second look at a case in the same interval finds no
/// step due and writes nothing.
/// </remarks>
public sealed class RequestEscalator(
    IGraphStore store,
    ServiceRequestEditor editor,
    IChangePublisher publisher,
    TimeProvider clock,
    ILogger<RequestEscalator> logger)
{
    /// <summary>How many overdue cases one store read returns.</summary>
    private const int ReadPageSize = 500;

    /// <summary>Runs one pass at the clock's current instant.</summary>
    public async Task<EscalationPass> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var overdue = await OverdueAsync(now, ct);
        var (stepped, failed) = (0, 0);
        foreach (var id in overdue)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                var result = await store.ExecuteWriteAsync(
                    new WriteContext(RequestWorkflow.SystemActor), (tx, token) => editor.EscalateDueAsync(tx, id, now, token), ct);

                // Committed is committed: subscribers hear of it even when the service is stopping.
                if (result.Events.Count > 0)
                {
                    await publisher.PublishAsync(result.Events, CancellationToken.None);
                }

                if (result.Value is { } step)
                {
                    stepped++;
                    EscalationLog.Stepped(logger, id, RequestValueNames.Of(step));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failed++;
                EscalationLog.CaseFailed(logger, ex, id);
            }
        }

        return new EscalationPass(now, overdue.Count, stepped, failed);
    }

    /// <summary>
    /// The open cases past their deadline, oldest first: dispatched ones past <c>acceptBy</c>, accepted or started
    /// ones past <c>dueAt</c>. Stored instants share one fixed ISO UTC format, so text comparison is time order; a
    /// deadline is met up to its instant (<see cref="Deadlines"/>), hence "at most one tick before now".
    /// </summary>
    private async Task<IReadOnlyList<string>> OverdueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = PropertyValidator.IsoInstant(now.AddTicks(-1));
        var unsigned = await store.ReadAllAsync(Overdue([RequestStatus.Dispatched], Props.AcceptBy, before), ReadPageSize, ct);
        var unresolved = await store.ReadAllAsync(Overdue([RequestStatus.Accepted, RequestStatus.InProgress], Props.DueAt, before), ReadPageSize, ct);
        return unsigned.Concat(unresolved)
            .OrderBy(n => n.GetString(Props.CreatedAt), StringComparer.Ordinal)
            .Select(n => n.Id)
            .ToList();
    }

    private static NodeCriteria Overdue(RequestStatus[] statuses, string deadline, string before) => new()
    {
        Labels = [Labels.ServiceRequest],
        Properties =
        [
            new PropertyFilter(Props.Status, FilterOp.In, statuses.Select(RequestValueNames.Of).ToList()),
            new PropertyFilter(deadline, FilterOp.LessOrEqual, before),
        ],
    };
}
