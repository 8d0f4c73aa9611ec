using GovGraph.Api.Graph;
using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.ServiceRequests;

/// <summary>
/// The root field <c>requestQueue</c>: the cases waiting on someone, oldest first, the list a handler or a unit
/// works through. Everything is read through the request's batch loaders, so the caller's scope holds.
/// </summary>
public static class RequestQueueQueries
{
    /// <summary>The statuses the queue shows when none are asked for: the cases still being handled.</summary>
    public static readonly IReadOnlyList<string> OpenStatuses =
        [.. Enum.GetValues<RequestStatus>().Where(Deadlines.IsOpen).Select(RequestValueNames.Of)];

    /// <summary>By <c>createdAt</c> (ISO UTC instants of one fixed format, so text order is time order).</summary>
    private static readonly NodeOrder OldestFirst = NodeOrder.ByProperty(Props.CreatedAt);

    public static void AddTo(ObjectGraphType query, GraphQLOptions options)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<ServiceRequestType>>>("requestQueue")
            .Description("Cloud-platform cases oldest first (by `createdAt`; ties in the order the cases were stored, or for a handler in the order they were assigned): every case in the caller's scope, or those currently assigned to one handler. Only the open ones (dispatched, accepted, in progress) unless `status` says otherwise.")
            .Argument<IdGraphType>("assignee", "Only the cases currently ASSIGNED_TO this person or org unit (not those it handled before); none when it is outside the caller's scope.")
            .Argument<ListGraphType<NonNullGraphType<RequestStatusEnum>>>("status", "Only cases in one of these statuses (default: `DISPATCHED`, `ACCEPTED`, `IN_PROGRESS`). An empty list matches no case.")
            .Argument<BooleanGraphType>("overdue", "`true`: only cases past the deadline they are held to now (`deadline`); `false`: only open cases still within it. Omitted: both.")
            .Arguments(PageArguments.Definitions(options))
            .ResolveAsync(async c =>
            {
                var page = PageArguments.From(c, options);
                var assignee = NodeArguments.OptionalId(c, "assignee");
                var statuses = c.GetArgument<List<string>?>("status") ?? OpenStatuses;
                var overdue = c.GetArgument<bool?>("overdue");
                var filters = new List<PropertyFilter> { new(Props.Status, FilterOp.In, statuses.Distinct().ToList()) };
                var now = PropertyValidator.IsoInstant(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow());
                if (overdue is { } past)
                {
                    // Overdue is strictly after the deadline (a deadline is met up to its instant); closed and resolved
                    // cases have no deadline and match neither way.
                    filters.Add(new PropertyFilter(Props.Deadline, past ? FilterOp.Less : FilterOp.GreaterOrEqual, now));
                }

                var cases = new NodeCriteria { Labels = [Labels.ServiceRequest], Properties = filters };
                var list = new Graph.Lists.ListArguments(cases, OldestFirst, null,
                    $"requestQueue:{string.Join(",", statuses.Order(StringComparer.Ordinal))}:{overdue}:{now}");
                var loaders = NodeFields.Loaders(c);
                if (assignee is null)
                {
                    var found = await loaders.Store.FindNodesAsync(
                        page.Of(new NodeQuery(cases, page.Size) { Order = OldestFirst }), c.CancellationToken);
                    return Connection.From(found);
                }

                // The handler is read through the caller's view first: one outside the scope (or unknown) has no
                // queue here, so a list cannot tell what the case's own `assignee` field hides.
                return loaders.Node(assignee).Then(handler => handler is null
                    ? new Connection([], 0, HasNextPage: false, HasPreviousPage: false)
                    : loaders.Neighbours(handler.Id, RelTypes.AssignedTo, Direction.In, page, list)
                        .Select(Connection.From));
            });
    }
}
