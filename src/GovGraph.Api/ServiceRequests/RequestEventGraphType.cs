using GovGraph.Api.Graph;
using GovGraph.Domain.Model;
using GraphQL.Types;

namespace GovGraph.Api.ServiceRequests;

/// <summary>One recorded step of a case (a <c>RequestEvent</c> node, HAS_EVENT from its case). Never changed once written.</summary>
public sealed class RequestEventGraphType : ObjectGraphType<GraphNode>
{
    public RequestEventGraphType()
    {
        this.NodeBasics(Labels.RequestEvent, "RequestEvent", "One recorded step of a cloud-platform case; written once, never changed.");
        this.Enum<RequestEventTypeEnum>(Props.Type, "What happened.", required: true);
        this.Instant(Props.At, "When it happened.", required: true);
        this.Text(Props.Actor, "Who did it: the caller's name, or `system` for the escalation service.", required: true);
        this.Text(Props.Note, "The reason or note given: a send-back's reason, a resolution note, the rating, the overdue deadline.");
        Field<NodeInterface>("fromAssignee")
            .Description("The handler before, where the step moved the case; null when outside the caller's scope.")
            .Resolve(c => c.Source.GetString(Props.FromAssignee) is { } id ? NodeFields.Loaders(c).Node(id) : null);
        Field<NodeInterface>("toAssignee")
            .Description("The handler after (or the one reminded), where the step names one; null when outside the caller's scope.")
            .Resolve(c => c.Source.GetString(Props.ToAssignee) is { } id ? NodeFields.Loaders(c).Node(id) : null);
        this.Single<ServiceRequestType>("request", "The case this step belongs to.", RelTypes.HasEvent, Direction.In);
    }
}
