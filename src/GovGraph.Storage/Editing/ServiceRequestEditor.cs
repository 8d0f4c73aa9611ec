using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Editing;

/// <summary>
/// The cloud platform's cases in the graph, like <see cref="GraphEditor"/> for everything else: each operation
/// runs inside one write transaction, records a change event for every node and relationship it writes (so a
/// case's steps reach the change feed under its household), refuses with a <see cref="DomainRuleException"/>
/// that rolls the whole transaction back, and with an idempotency key runs once. The rules of the case's life are
/// <see cref="RequestWorkflow"/>'s; this class reads the household's chain and the time limits for it and stores
/// the outcome. Every time is passed in (<c>now</c>): the store's clock only dates the relationships.
/// </summary>
public sealed class ServiceRequestEditor(RequestTimeLimits? limits = null)
{
    private readonly RequestTimeLimits _limits = limits ?? RequestTimeLimits.Default;

    /// <summary>
    /// The limits this editor applies, for callers that build an action's times themselves (an unsatisfied
    /// rating's <c>ReopenDueAt</c>, an extension's <c>Until</c>).
    /// </summary>
    public RequestTimeLimits Limits => _limits;

    /// <summary>
    /// Raises a case for a household: a ServiceRequest RAISED_BY it, ASSIGNED_TO the first handler of its chain
    /// (the linking member, else the lowest present level), with RAISED and DISPATCHED events. Refuses
    /// NODE_NOT_FOUND / WRONG_LABEL (field <c>household</c>), NO_HANDLER when nobody is on the chain, and
    /// INVALID_INPUT for a bad description.
    /// </summary>
    public Task<GraphNode?> RaiseAsync(
        IGraphWriteTransaction tx, RaiseRequest command, string actor, string? idempotencyKey, CancellationToken ct) =>
        Idempotent.RunAsync<GraphNode?>(tx, idempotencyKey,
            async () => await RequestEdits.RaiseAsync(tx, command, actor, _limits, ct),
            node => EditRecord.OfNode(node!.Id),
            record => ReplayAsync(tx, record, ct),
            ct);

    /// <summary>
    /// Applies an action to a case (see <see cref="RequestWorkflow.Apply"/>): stores the changed properties, moves
    /// ASSIGNED_TO when the handler changes (the old one ended today, kept as history) and appends the events.
    /// Refuses NODE_NOT_FOUND / WRONG_LABEL (field <c>request</c>), ILLEGAL_TRANSITION, INVALID_INPUT, and
    /// NODE_NOT_FOUND / WRONG_LABEL (field <c>nextAssignee</c>) for a handler that is not a person or org unit.
    /// Through a scoped caller's transaction the caller must also be one who may take the action (see
    /// <see cref="RequestAuthority"/>: NOT_HANDLER, NOT_LEVEL_ABOVE). Returns the case as stored after it.
    /// </summary>
    public Task<GraphNode?> ApplyAsync(
        IGraphWriteTransaction tx, string requestId, RequestAction action, DateTimeOffset now, string actor, string? idempotencyKey,
        CancellationToken ct) =>
        ApplyAsync(tx, requestId, (_, _) => action, now, actor, idempotencyKey, ct);

    /// <summary>
    /// As <see cref="ApplyAsync(IGraphWriteTransaction, string, RequestAction, DateTimeOffset, string, string?, CancellationToken)"/>,
    /// with the action built from the stored case's category and state (an extension's or a reopening's default
    /// times follow from them), read once with the rest of the operation. <paramref name="action"/> is called only
    /// for a case the caller sees.
    /// </summary>
    public Task<GraphNode?> ApplyAsync(
        IGraphWriteTransaction tx, string requestId, Func<RequestCategory, RequestState, RequestAction> action, DateTimeOffset now,
        string actor, string? idempotencyKey, CancellationToken ct) =>
        Idempotent.RunAsync<GraphNode?>(tx, idempotencyKey,
            async () => await RequestEdits.ApplyAsync(tx, requestId, async (request, state) =>
            {
                var planned = action(RequestEdits.CategoryOf(request), state);
                await RequestAuthority.RequireMayActAsync(tx, request, state, planned, ct);
                return planned;
            }, now, actor, _limits, ct),
            node => EditRecord.OfNode(node!.Id),
            record => ReplayAsync(tx, record, ct),
            ct);

    /// <summary>
    /// Sends the case back (退单) to the level above its handler on its household's chain, with fresh limits from
    /// <paramref name="now"/>. Refuses NO_HANDLER when nobody is above (the city holds it), and as
    /// <see cref="ApplyAsync(IGraphWriteTransaction, string, RequestAction, DateTimeOffset, string, string?, CancellationToken)"/>
    /// does otherwise (NOT_HANDLER included). A handler no longer on the chain (the household moved) sends it to the
    /// chain's first handler. The level above may lie outside a scoped caller's view: the case still goes there (the
    /// chain decides, not the caller), and leaves the caller's hands.
    /// </summary>
    public Task<GraphNode?> SendBackAsync(
        IGraphWriteTransaction tx, string requestId, string reason, DateTimeOffset now, string actor, string? idempotencyKey,
        CancellationToken ct) =>
        Idempotent.RunAsync<GraphNode?>(tx, idempotencyKey,
            async () => await RequestEdits.ApplyAsync(tx, requestId, async (request, state) =>
            {
                var next = NextHandler(await RequestEdits.ChainOfAsync(tx, request.Id, ct), state.Assignee);
                var action = new RequestAction.SendBack(reason, next ?? string.Empty, _limits.AcceptBy(now), _limits.DueAt(RequestEdits.CategoryOf(request), now));
                await RequestAuthority.RequireMayActAsync(tx, request, state, action, ct);
                if (next is null && action.AllowedFrom.Contains(state.Status))
                {
                    // Only once the caller may act (the message names the handler), and only where a send-back is
                    // legal at all: a closed case is ILLEGAL_TRANSITION wherever it stands.
                    throw new DomainRuleException(RuleCodes.NoHandler, $"Nobody is above `{state.Assignee}` to send `{request.Id}` back to.", "request");
                }

                return action;
            }, now, actor, _limits, ct),
            node => EditRecord.OfNode(node!.Id),
            record => ReplayAsync(tx, record, ct),
            ct);

    /// <summary>
    /// One overdue tick for the background service: records the due step of 催办 → 督办 → 提级
    /// (<see cref="RequestWorkflow.NextOverdueStep"/>) as <see cref="RequestWorkflow.SystemActor"/>; an
    /// escalation goes to the level above on the household's chain with fresh limits from <paramref name="now"/>.
    /// Returns the step recorded, or null when none was due (then nothing is written). NODE_NOT_FOUND /
    /// WRONG_LABEL as <see cref="ApplyAsync(IGraphWriteTransaction, string, RequestAction, DateTimeOffset, string, string?, CancellationToken)"/>.
    /// </summary>
    public async Task<RequestEventType?> EscalateDueAsync(IGraphWriteTransaction tx, string requestId, DateTimeOffset now, CancellationToken ct)
    {
        RequestEventType? recorded = null;
        await RequestEdits.ApplyAsync(tx, requestId, async (request, state) =>
        {
            var step = RequestWorkflow.NextOverdueStep(state, now, _limits);
            if (step is null)
            {
                return null;
            }

            var action = new RequestAction.Escalate();
            if (step == RequestEventType.Escalated && NextHandler(await RequestEdits.ChainOfAsync(tx, request.Id, ct), state.Assignee) is { } next)
            {
                action = new RequestAction.Escalate(next, _limits.AcceptBy(now), _limits.DueAt(RequestEdits.CategoryOf(request), now));
            }

            // At the top of the chain an escalation is recorded as another supervision (the workflow's rule).
            recorded = step == RequestEventType.Escalated && action.NextAssignee is null ? RequestEventType.Supervised : step;
            return action;
        }, now, RequestWorkflow.SystemActor, _limits, ct);
        return recorded;
    }

    private static string? NextHandler(EscalationChain chain, string assignee) =>
        chain.Contains(assignee) ? chain.Next(assignee)?.Id : chain.First is { } first && first.Id != assignee ? first.Id : null;

    private static async Task<GraphNode?> ReplayAsync(IGraphWriteTransaction tx, EditRecord record, CancellationToken ct) =>
        record.Node is null ? null : (await tx.GetNodesAsync([record.Node], ct)).FirstOrDefault();
}
