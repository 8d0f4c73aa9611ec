using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using static GovGraph.Domain.Tests.ServiceRequests.RequestFixture;

namespace GovGraph.Domain.Tests.ServiceRequests;

public sealed class RequestPropertiesTests
{
    private static Dictionary<string, object?> Stored(RequestState state)
    {
        var given = RequestProperties.Of(state).Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value);
        given[Props.Category] = "HELP";
        given[Props.Description] = "老人需要送医";
        given[Props.Channel] = "PHONE";
        return PropertyValidator.ForCreation(NodeProperties.For(Labels.ServiceRequest), given);
    }

    [Theory]
    [InlineData(RequestStatus.Dispatched)]
    [InlineData(RequestStatus.InProgress)]
    [InlineData(RequestStatus.Rated)]
    [InlineData(RequestStatus.Closed)]
    public void AStateStoredOnANodeReadsBackTheSame(RequestStatus status)
    {
        var state = InStatus(status) with { Extensions = 1 };

        Assert.Equal(state, RequestProperties.ToState(Member, Stored(state)));
    }

    [Fact]
    public void AnOverdueStateKeepsItsStepsThroughTheStore()
    {
        var reminded = RequestWorkflow.Apply(NewRequest(), new RequestAction.Escalate(), At(1), RequestWorkflow.SystemActor, Options).State;

        var read = RequestProperties.ToState(Member, Stored(reminded));

        Assert.Equal((1, At(1)), (read.OverdueSteps, read.LastUrgedAt));
    }

    [Fact]
    public void AReopeningUpdateClearsTheResolutionAndPassesTheValidator()
    {
        var resolved = InStatus(RequestStatus.Resolved);
        var reopened = RequestWorkflow.Apply(resolved, new RequestAction.Rate(RequestRating.Unsatisfied, At(100)), At(2), Editor, Options).State;

        var changes = RequestProperties.Changes(resolved, reopened);
        var updated = PropertyValidator.ForUpdate(NodeProperties.For(Labels.ServiceRequest), Stored(resolved), changes);

        Assert.Equal([Props.Status, Props.DueAt, Props.ResolvedAt, Props.ResolutionNote, Props.Rating, Props.Deadline, Props.PromisedDueAt], changes.Keys);
        Assert.Equal("IN_PROGRESS", updated[Props.Status]);
        Assert.False(updated.ContainsKey(Props.ResolvedAt));
        Assert.Equal("UNSATISFIED", updated[Props.Rating]);
        Assert.Equal(reopened, RequestProperties.ToState(Member, updated));
    }

    [Fact]
    public void AnEventsPropertiesPassTheValidator()
    {
        var sentBack = RequestWorkflow.Apply(NewRequest(), new RequestAction.SendBack("不归我管", Host, At(1), At(50)), At(0.2), Editor, Options);

        var stored = PropertyValidator.ForCreation(NodeProperties.For(Labels.RequestEvent), RequestProperties.Of(sentBack.Events[0]));

        Assert.Equal("SENT_BACK", stored[Props.Type]);
        Assert.Equal((Member, Host, "不归我管", Editor), (stored[Props.FromAssignee], stored[Props.ToAssignee], stored[Props.Note], stored[Props.Actor]));
        Assert.Equal(PropertyValidator.IsoInstant(At(0.2)), stored[Props.At]);
    }

    [Fact]
    public void ASummaryReadFromTheNodeKeepsTheFirstSigningStartAndAcceptanceLimit()
    {
        // Sent back after signing, signed again by the host, started, reopened and started again: the figures
        // judge the first signing against the first dispatch's limit, and the first start as the first response.
        var accepted = Apply(NewRequest(), new RequestAction.Accept(), 0.2);
        var sentBack = Apply(accepted, new RequestAction.SendBack("不归我管", Host, At(1), At(100)), 0.3);
        var started = Apply(Apply(sentBack, new RequestAction.Accept(), 0.9), new RequestAction.Start(), 1.5);
        var resolved = Apply(started, new RequestAction.Resolve("已联系"), 2);
        var reopened = Apply(resolved, new RequestAction.Rate(RequestRating.Unsatisfied, At(120)), 3);
        var restarted = Apply(Apply(reopened, new RequestAction.Resolve("再次处理"), 4), new RequestAction.Rate(RequestRating.Satisfied), 5);

        var summary = RequestProperties.ToSummary("service-request-1", Stored(restarted));

        Assert.Equal(
            new CaseSummary("service-request-1", RequestCategory.Help, RequestStatus.Rated, Raised, At(0.5), At(120),
                AcceptedAt: At(0.2), FirstResponseAt: At(1.5), ResolvedAt: At(4), Rating: RequestRating.Satisfied)
            {
                // The send-back's limit: what an overdue count would hold the case to, were it dispatched.
                CurrentAcceptBy = At(1),
            },
            summary);
    }

    [Fact]
    public void ACaseResolvedByItsNewHandlersFreshLimitStillMissesTheDueTimeTheResidentWasGiven()
    {
        // Sent back to the host with fresh limits ending after the resident's due time (At(240), ten days on), then
        // resolved between the two: the resolution rate counts a miss, while the overdue count follows the handler's.
        var sentBack = Apply(NewRequest(), new RequestAction.SendBack("不归我管", Host, At(1), At(500)), 0.3);
        var inProgress = Apply(Apply(sentBack, new RequestAction.Accept(), 0.9), new RequestAction.Start(), 2);
        var resolved = Apply(inProgress, new RequestAction.Resolve("已处理"), 300);

        var open = RequestProperties.ToSummary("service-request-1", Stored(inProgress));
        var done = RequestProperties.ToSummary("service-request-1", Stored(resolved));

        Assert.Equal((At(240), At(500)), (open.DueAt, open.HeldToDueAt));
        Assert.Equal(0, ServiceFigures.Compute([open], Raised, At(1000), At(260)).OverdueForResolution);
        Assert.Equal(new Rate(0, 1), ServiceFigures.Compute([done], Raised, At(1000), At(301)).Resolution);
    }
}
