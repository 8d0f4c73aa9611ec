using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Scoping;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Editing;

/// <summary>
/// The case operations' writes: a <see cref="RequestWorkflow"/> transition stored as node properties, the
/// ASSIGNED_TO history and one RequestEvent node per recorded step, each with its change event.
/// </summary>
internal static class RequestEdits
{
    private const string RequestField = "request";

    public static async Task<GraphNode> RaiseAsync(
        IGraphWriteTransaction tx, RaiseRequest command, string actor, RequestTimeLimits limits, CancellationToken ct)
    {
        var household = await EditReads.RequireAsync(tx, command.HouseholdId, "household", ct);
        EditReads.RequireLabel(household, [Labels.Household], "household");
        var chain = new EscalationChain(await HouseholdChains.ReadAsync(ScopedWriteTransaction.Unscoped(tx), household.Id, ct));
        var first = chain.First ?? throw new DomainRuleException(RuleCodes.NoHandler,
            $"Nobody is on the escalation chain of `{household.Id}` to take the request.", "household");

        var transition = RequestWorkflow.Raise(
            first.Id, command.Now, limits.AcceptBy(command.Now), limits.DueAt(command.Category, command.Now), actor);
        var given = RequestProperties.Of(transition.State);
        given[Props.Category] = RequestValueNames.Of(command.Category);
        given[Props.Description] = command.Description;
        given[Props.Channel] = RequestValueNames.Of(command.Channel);
        var properties = PropertyValidator.ForCreation(NodeProperties.For(Labels.ServiceRequest), given);

        var request = new GraphNode(NodeIds.New(Labels.ServiceRequest), Labels.ServiceRequest, properties) { Version = 1 };
        var recorder = new ChangeRecorder(tx);
        await recorder.PrepareAsync([request.Id, household.Id, first.Id], ct);
        await tx.InsertNodeAsync(request, ct);
        recorder.NodeCreated(request);
        await InsertRelationshipAsync(tx, recorder, RelTypes.RaisedBy, request.Id, household.Id, ct);
        await InsertRelationshipAsync(ScopedWriteTransaction.Unscoped(tx), recorder, RelTypes.AssignedTo, request.Id, first.Id, ct);
        await AppendEventsAsync(tx, recorder, request.Id, transition.Events, ct);
        return request;
    }

    /// <summary>
    /// The case, its stored state and its current assignment, for an action to be planned against. Only a closed
    /// case may have no assignment (its handler was deleted since, see <see cref="CaseDeletion"/>): its assignee
    /// reads as empty, and the workflow refuses every action on a closed case anyway.
    /// </summary>
    public static async Task<(GraphNode Request, RequestState State, GraphRelationship? Assignment)> ReadAsync(
        IGraphWriteTransaction tx, string requestId, CancellationToken ct)
    {
        var request = await EditReads.RequireAsync(tx, requestId, RequestField, ct);
        EditReads.RequireLabel(request, [Labels.ServiceRequest], RequestField);
        var assignment = (await EditReads.CurrentAsync(tx, request.Id, Direction.Out, RelTypes.AssignedTo, ct)).FirstOrDefault();
        if (assignment is null && request.GetString(Props.Status) != RequestValueNames.Of(RequestStatus.Closed))
        {
            throw new InvalidOperationException($"The stored request `{request.Id}` has no current ASSIGNED_TO.");
        }

        return (request, RequestProperties.ToState(assignment?.EndId ?? string.Empty, request.Properties), assignment);
    }

    /// <summary>
    /// The escalation chain of the household that raised the case (as the graph stands now), whole even for a
    /// scoped caller: the levels above the caller's scope are where the case climbs, not nodes the caller names.
    /// </summary>
    public static async Task<EscalationChain> ChainOfAsync(IGraphWriteTransaction tx, string requestId, CancellationToken ct)
    {
        var raisedBy = (await EditReads.CurrentAsync(tx, requestId, Direction.Out, RelTypes.RaisedBy, ct)).FirstOrDefault()
            ?? throw new InvalidOperationException($"The stored request `{requestId}` has no RAISED_BY.");
        return new EscalationChain(await HouseholdChains.ReadAsync(ScopedWriteTransaction.Unscoped(tx), raisedBy.EndId, ct));
    }

    /// <summary>The category the case was raised under (its limits follow from it).</summary>
    public static RequestCategory CategoryOf(GraphNode request) =>
        request.GetString(Props.Category) is { } name && RequestValueNames.Parse<RequestCategory>(name) is { } category
            ? category
            : throw new InvalidOperationException($"The stored request `{request.Id}` has no valid `{Props.Category}`.");

    /// <summary>
    /// Reads the case once, asks <paramref name="plan"/> what to do with it (null: nothing, and nothing is written),
    /// and stores the workflow's transition. Returns the case as stored after it, or as read when the plan was null.
    /// </summary>
    public static async Task<GraphNode> ApplyAsync(
        IGraphWriteTransaction tx, string requestId, Func<GraphNode, RequestState, Task<RequestAction?>> plan, DateTimeOffset now,
        string actor, RequestTimeLimits limits, CancellationToken ct)
    {
        var (request, state, assignment) = await ReadAsync(tx, requestId, ct);
        if (await plan(request, state) is not { } action)
        {
            return request;
        }

        var transition = RequestWorkflow.Apply(state, action, now, actor, limits);
        var after = transition.State;

        // The handlers come from the household's chain, not from the caller: the case may leave the caller's scope
        // (a village sends it back to its township), so the assignment is read and written unscoped.
        var assignments = ScopedWriteTransaction.Unscoped(tx);
        GraphNode? newAssignee = null;
        if (after.Assignee != state.Assignee)
        {
            newAssignee = await EditReads.RequireAsync(assignments, after.Assignee, "nextAssignee", ct);
            if (!RelationshipRules.IsAllowed(RelTypes.AssignedTo, Labels.ServiceRequest, newAssignee.Label))
            {
                throw new DomainRuleException(RuleCodes.WrongLabel,
                    $"`{newAssignee.Id}` is a {newAssignee.Label}; a request is assigned to a person or an org unit.", "nextAssignee");
            }
        }

        var recorder = new ChangeRecorder(tx);
        await recorder.PrepareAsync([request.Id, state.Assignee, after.Assignee], ct);
        var changes = RequestProperties.Changes(state, after);
        var updated = request;
        if (changes.Count > 0)
        {
            var properties = PropertyValidator.ForUpdate(NodeProperties.For(Labels.ServiceRequest), request.Properties, changes);
            updated = request with { Properties = properties, Version = request.Version + 1 };
            await tx.ReplaceNodeAsync(updated, ct);
            recorder.NodeUpdated(request, updated);
        }

        if (newAssignee is not null)
        {
            // The old assignment stays as history, ended today; the new one starts today.
            // Only a closed case has no assignment, and no action moves a closed case.
            var ended = assignment! with
            {
                Properties = new Dictionary<string, object?>(assignment.Properties, StringComparer.Ordinal) { [Props.Until] = EditReads.TodayIso(tx) },
            };
            await assignments.ReplaceRelationshipAsync(ended, ct);
            recorder.RelationshipEnded(assignment!, ended);
            await InsertRelationshipAsync(assignments, recorder, RelTypes.AssignedTo, request.Id, newAssignee.Id, ct);
        }

        await AppendEventsAsync(tx, recorder, request.Id, transition.Events, ct);
        return updated;
    }

    /// <summary>
    /// The id of a case's <paramref name="number"/>th event (from 1): <c>&lt;request id&gt;/event-0001</c>. Several
    /// events share one instant (RAISED and DISPATCHED), so the id carries their order, which `at` cannot.
    /// </summary>
    public static string EventId(string requestId, int number) =>
        $"{requestId}/event-{number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)}";

    private static async Task AppendEventsAsync(
        IGraphWriteTransaction tx, ChangeRecorder recorder, string requestId, IReadOnlyList<RequestEventRecord> events, CancellationToken ct)
    {
        // Ended HAS_EVENT relationships count too: the numbers stay unique even if one was ever unlinked.
        var stored = (await tx.GetRelationshipsAsync([requestId], Direction.Out, [RelTypes.HasEvent], includeEnded: true, ct)).Count;
        var nodes = events
            .Select((record, i) => new GraphNode(EventId(requestId, stored + i + 1), Labels.RequestEvent,
                PropertyValidator.ForCreation(NodeProperties.For(Labels.RequestEvent), RequestProperties.Of(record))) { Version = 1 })
            .ToList();
        await recorder.PrepareAsync(nodes.Select(n => n.Id), ct);
        foreach (var node in nodes)
        {
            await tx.InsertNodeAsync(node, ct);
            recorder.NodeCreated(node);
            await InsertRelationshipAsync(tx, recorder, RelTypes.HasEvent, requestId, node.Id, ct);
        }
    }

    private static async Task InsertRelationshipAsync(
        IGraphWriteTransaction tx, ChangeRecorder recorder, string type, string from, string to, CancellationToken ct)
    {
        var relationship = new GraphRelationship(NodeIds.NewRelationship(), type, from, to,
            new Dictionary<string, object?>(StringComparer.Ordinal) { [Props.Since] = EditReads.TodayIso(tx) });
        await tx.InsertRelationshipAsync(relationship, ct);
        recorder.RelationshipCreated(relationship);
    }
}
