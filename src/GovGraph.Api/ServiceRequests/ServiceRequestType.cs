using GovGraph.Api.Graph;
using GovGraph.Api.Graph.Lists;
using GovGraph.Api.Hierarchy;
using GovGraph.Domain.Model;
using GovGraph.Domain.ServiceRequests;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.ServiceRequests;

/// <summary>
/// A cloud-platform case (群众随时呼叫、组织快速销号): raised by a household, assigned to a person or an org unit of
/// the household's six-level chain, with its whole history as events. It changes only through the request
/// mutations, which follow <see cref="RequestWorkflow"/>.
/// </summary>
public sealed class ServiceRequestType : ObjectGraphType<GraphNode>
{
    public ServiceRequestType(IOptions<GraphQLOptions> options)
    {
        this.NodeBasics(Labels.ServiceRequest, "ServiceRequest",
            "A cloud-platform case (六级组织为民办事云上平台): a household's request, handled up its six-level chain and closed by the organisation (销号). Its node lies under the household, so `under` and every scope reach it.");
        this.Enum<RequestCategoryEnum>(Props.Category, "What the case is about; its due time follows from it.", required: true);
        this.PersonalText(Labels.ServiceRequest, Props.Description, "What the resident asks for, in their words (personal data).", required: true);
        this.Enum<RequestChannelEnum>(Props.Channel, "How the resident raised it.", required: true);
        this.Enum<RequestStatusEnum>(Props.Status, "Where the case stands.", required: true);
        this.Instant(Props.CreatedAt, "When it was raised.", required: true);
        this.Instant(Props.AcceptBy, "When the current handler must sign for it (签收) by; a send-back or an escalation sets a new one.", required: true);
        this.Instant(Props.DueAt, "When it must be resolved by; an extension or a reopening moves it.", required: true);
        this.Instant(Props.AcceptedAt, "When a handler first signed for it.");
        this.Instant(Props.StartedAt, "When a handler first started work on it (the first response).");
        this.Instant(Props.ResolvedAt, "When it was resolved, while it stands resolved, rated or closed.");
        this.Text(Props.ResolutionNote, "What the handler did, while it stands resolved, rated or closed.");
        this.Enum<RequestRatingEnum>(Props.Rating, "The resident's latest rating; an unsatisfied one stays on a reopened case until it is rated again.");
        this.Instant(Props.ClosedAt, "When it was closed (销号).");
        Field<NonNullGraphType<IntGraphType>>("extensions")
            .Description("How many extensions (延期) it has been granted.")
            .Resolve(c => (int)(c.Source.GetLong(Props.Extensions) ?? 0));
        Field<DateTimeScalar>("deadline")
            .Description("The deadline it is held to now: `acceptBy` while dispatched, `dueAt` while accepted or in progress, none after.")
            .Resolve(c => RequestWorkflow.Deadline(State(c.Source)));
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("True when it has passed its `deadline` (the escalation service then reminds, supervises and escalates: 催办 → 督办 → 提级).")
            .Resolve(c => RequestWorkflow.IsOverdue(State(c.Source), c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow()));
        this.Single<HouseholdType>("household", "The household that raised it.", RelTypes.RaisedBy, Direction.Out);
        this.Single<NodeInterface>("assignee", "The current handler: a person (the linking member, the central-household host) or an org unit; null when outside the caller's scope.", RelTypes.AssignedTo, Direction.Out);
        this.Connection<RequestEventGraphType>(options, "events", "Its history, oldest first: every step recorded (raised, dispatched, accepted, …, closed, and the overdue steps).", RelTypes.HasEvent, Direction.Out);
    }

    // The assignee is not needed for the deadline; the state is read from the node alone.
    private static RequestState State(GraphNode node) => RequestProperties.ToState("", node.Properties);
}
