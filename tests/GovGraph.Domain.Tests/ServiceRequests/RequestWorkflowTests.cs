using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using static GovGraph.Domain.Tests.ServiceRequests.RequestFixture;

namespace GovGraph.Domain.Tests.ServiceRequests;

public sealed class RequestWorkflowTests
{
    private static RequestTransition Do(RequestState state, RequestAction action, double hoursAfterRaise) =>
        RequestWorkflow.Apply(state, action, At(hoursAfterRaise), Editor, Options);

    [Fact]
    public void ARaisedRequestIsDispatchedToTheLinkingMemberWithItsLimits()
    {
        var raised = RequestWorkflow.Raise(Member, Raised, Raised.AddMinutes(30), Raised.AddDays(3), Resident);

        Assert.Equal(new RequestState(RequestStatus.Dispatched, Member, Raised, Raised.AddMinutes(30), Raised.AddDays(3)) { FirstAcceptBy = Raised.AddMinutes(30), PromisedDueAt = Raised.AddDays(3) }, raised.State);
        Assert.Equal(
            [
                new RequestEventRecord(RequestEventType.Raised, Raised, Resident),
                new RequestEventRecord(RequestEventType.Dispatched, Raised, Resident, ToAssignee: Member),
            ],
            raised.Events);
    }

    [Fact]
    public void RaisingWithLimitsOutOfOrderIsInvalidInput()
    {
        var early = Assert.Throws<DomainRuleException>(() => RequestWorkflow.Raise(Member, Raised, Raised, Raised.AddDays(3), Resident));
        var dueFirst = Assert.Throws<DomainRuleException>(() => RequestWorkflow.Raise(Member, Raised, Raised.AddHours(1), Raised.AddMinutes(30), Resident));
        var nobody = Assert.Throws<DomainRuleException>(() => RequestWorkflow.Raise(" ", Raised, Raised.AddHours(1), Raised.AddDays(3), Resident));

        Assert.Equal((RuleCodes.InvalidInput, "acceptBy"), (early.Code, early.Field));
        Assert.Equal((RuleCodes.InvalidInput, "dueAt"), (dueFirst.Code, dueFirst.Field));
        Assert.Equal((RuleCodes.InvalidInput, "assignee"), (nobody.Code, nobody.Field));
    }

    [Fact]
    public void ARequestWalksThroughEveryStatusToClosed()
    {
        var state = NewRequest();
        var accepted = Do(state, new RequestAction.Accept(), 0.25);
        var started = Do(accepted.State, new RequestAction.Start(), 1);
        var resolved = Do(started.State, new RequestAction.Resolve("Repaired the water pipe."), 30);
        var rated = Do(resolved.State, new RequestAction.Rate(RequestRating.BasicallySatisfied), 48);
        var closed = Do(rated.State, new RequestAction.Close(), 49);

        Assert.Equal(
            [RequestStatus.Accepted, RequestStatus.InProgress, RequestStatus.Resolved, RequestStatus.Rated, RequestStatus.Closed],
            new[] { accepted, started, resolved, rated, closed }.Select(t => t.State.Status));
        Assert.Equal(
            [RequestEventType.Accepted, RequestEventType.Started, RequestEventType.Resolved, RequestEventType.Rated, RequestEventType.Closed],
            new[] { accepted, started, resolved, rated, closed }.SelectMany(t => t.Events).Select(e => e.Type));

        var final = closed.State;
        Assert.Equal(Member, final.Assignee);
        Assert.Equal(At(30), final.ResolvedAt);
        Assert.Equal("Repaired the water pipe.", final.ResolutionNote);
        Assert.Equal(RequestRating.BasicallySatisfied, final.Rating);
        Assert.Equal(At(49), final.ClosedAt);
        Assert.Equal(new RequestEventRecord(RequestEventType.Rated, At(48), Editor, "BASICALLY_SATISFIED"), rated.Events.Single());
        Assert.Equal(new RequestEventRecord(RequestEventType.Accepted, At(0.25), Editor, ToAssignee: Member), accepted.Events.Single());
    }

    [Fact]
    public void AnEnquiryMayBeResolvedStraightAfterAcceptance()
    {
        var resolved = Do(InStatus(RequestStatus.Accepted), new RequestAction.Resolve("Answered on the phone."), 1);

        Assert.Equal(RequestStatus.Resolved, resolved.State.Status);
    }

    [Fact]
    public void ASendBackDispatchesTheRequestOneLevelUpWithNewLimits()
    {
        var sentBack = Do(NewRequest(), new RequestAction.SendBack("Not my household's matter.", Host, At(1), At(100)), 0.2);

        Assert.Equal(new RequestState(RequestStatus.Dispatched, Host, Raised, At(1), At(100)) { FirstAcceptBy = At(0.5), PromisedDueAt = Raised.AddDays(10) }, sentBack.State);
        Assert.Equal(
            [
                new RequestEventRecord(RequestEventType.SentBack, At(0.2), Editor, "Not my household's matter.", Member, Host),
                new RequestEventRecord(RequestEventType.Dispatched, At(0.2), Editor, FromAssignee: Member, ToAssignee: Host),
            ],
            sentBack.Events);

        var acceptedAbove = Do(sentBack.State, new RequestAction.Accept(), 0.5);
        Assert.Equal((RequestStatus.Accepted, Host), (acceptedAbove.State.Status, acceptedAbove.State.Assignee));
    }

    [Fact]
    public void ASignedRequestMayStillBeSentBackBeforeWorkStarts()
    {
        var sentBack = Do(InStatus(RequestStatus.Accepted), new RequestAction.SendBack("Belongs to the group.", Host, At(2), At(50)), 1);

        Assert.Equal((RequestStatus.Dispatched, Host), (sentBack.State.Status, sentBack.State.Assignee));
    }

    [Theory]
    [InlineData("", Host, "reason")]
    [InlineData("Not mine.", "", "nextAssignee")]
    [InlineData("Not mine.", Member, "nextAssignee")]
    public void ASendBackNeedsAReasonAndAnotherHandler(string reason, string next, string field)
    {
        var refused = Assert.Throws<DomainRuleException>(() => Do(NewRequest(), new RequestAction.SendBack(reason, next, At(1), At(50)), 0.2));

        Assert.Equal((RuleCodes.InvalidInput, field), (refused.Code, refused.Field));
    }

    [Fact]
    public void AnUnsatisfiedRatingReopensTheRequestWithANewDueTime()
    {
        var resolved = InStatus(RequestStatus.Resolved);
        var rated = Do(resolved, new RequestAction.Rate(RequestRating.Unsatisfied, At(200)), 24);

        Assert.Equal(RequestStatus.InProgress, rated.State.Status);
        Assert.Equal(At(200), rated.State.DueAt);
        Assert.Equal(RequestRating.Unsatisfied, rated.State.Rating);
        Assert.Null(rated.State.ResolvedAt);
        Assert.Null(rated.State.ResolutionNote);
        Assert.Equal(Member, rated.State.Assignee);
        Assert.Equal(
            [
                new RequestEventRecord(RequestEventType.Rated, At(24), Editor, "UNSATISFIED"),
                new RequestEventRecord(RequestEventType.Reopened, At(24), Editor, ToAssignee: Member),
            ],
            rated.Events);

        // Handled again, it is rated again and closes.
        var again = Do(rated.State, new RequestAction.Resolve("Replaced the pipe, not patched it."), 48);
        var satisfied = Do(again.State, new RequestAction.Rate(RequestRating.Satisfied), 50);
        var closed = Do(satisfied.State, new RequestAction.Close(), 51);
        Assert.Equal((RequestStatus.Closed, RequestRating.Satisfied), (closed.State.Status, closed.State.Rating));
    }

    [Fact]
    public void AnUnsatisfiedRatingWithoutAFutureDueTimeIsInvalidInput()
    {
        var resolved = InStatus(RequestStatus.Resolved);

        var missing = Assert.Throws<DomainRuleException>(() => Do(resolved, new RequestAction.Rate(RequestRating.Unsatisfied), 24));
        var past = Assert.Throws<DomainRuleException>(() => Do(resolved, new RequestAction.Rate(RequestRating.Unsatisfied, At(1)), 24));

        Assert.Equal((RuleCodes.InvalidInput, "dueAt"), (missing.Code, missing.Field));
        Assert.Equal((RuleCodes.InvalidInput, "dueAt"), (past.Code, past.Field));
    }

    [Fact]
    public void AnExtensionMovesTheDueTimeAndCountsAgainstTheLimit()
    {
        var inProgress = InStatus(RequestStatus.InProgress);
        var first = Do(inProgress, new RequestAction.RequestExtension(inProgress.DueAt.AddDays(5), "Waiting for the contractor."), 2);

        Assert.Equal((inProgress.DueAt.AddDays(5), 1, RequestStatus.InProgress), (first.State.DueAt, first.State.Extensions, first.State.Status));
        Assert.Equal(
            new RequestEventRecord(RequestEventType.Extended, At(2), Editor, "Waiting for the contractor.", ToAssignee: Member),
            first.Events.Single());

        // One extension by default (ServiceRequests:MaxExtensions).
        var second = Assert.Throws<DomainRuleException>(() =>
            Do(first.State, new RequestAction.RequestExtension(first.State.DueAt.AddDays(5), "Once more."), 3));
        Assert.Equal((RuleCodes.IllegalTransition, "request"), (second.Code, second.Field));
    }

    [Fact]
    public void TheExtensionLimitIsConfigurable()
    {
        var accepted = InStatus(RequestStatus.Accepted);
        var none = new RequestTimeLimits { MaxExtensions = 0 };
        var three = new RequestTimeLimits { MaxExtensions = 3 };

        var refused = Assert.Throws<DomainRuleException>(() =>
            RequestWorkflow.Apply(accepted, new RequestAction.RequestExtension(accepted.DueAt.AddDays(1), "More time."), At(1), Editor, none));
        var state = accepted;
        for (var i = 1; i <= 3; i++)
        {
            state = RequestWorkflow.Apply(state, new RequestAction.RequestExtension(state.DueAt.AddDays(1), "More time."), At(i), Editor, three).State;
        }

        Assert.Equal(RuleCodes.IllegalTransition, refused.Code);
        Assert.Equal((3, accepted.DueAt.AddDays(3)), (state.Extensions, state.DueAt));
        Assert.Throws<DomainRuleException>(() =>
            RequestWorkflow.Apply(state, new RequestAction.RequestExtension(state.DueAt.AddDays(1), "More time."), At(5), Editor, three));
    }

    [Fact]
    public void AnExtensionMustEndAfterTheCurrentDueTimeAndHaveAReason()
    {
        var accepted = InStatus(RequestStatus.Accepted);

        var shorter = Assert.Throws<DomainRuleException>(() => Do(accepted, new RequestAction.RequestExtension(accepted.DueAt, "Less time."), 1));
        var silent = Assert.Throws<DomainRuleException>(() => Do(accepted, new RequestAction.RequestExtension(accepted.DueAt.AddDays(1), " "), 1));

        Assert.Equal((RuleCodes.InvalidInput, "until"), (shorter.Code, shorter.Field));
        Assert.Equal((RuleCodes.InvalidInput, "reason"), (silent.Code, silent.Field));
    }

    [Fact]
    public void AResolvedRequestWithoutARatingClosesOnlyOnceTheConfiguredDaysHavePassed()
    {
        var resolved = InStatus(RequestStatus.Resolved);
        var resolvedAt = resolved.ResolvedAt!.Value;

        var early = Assert.Throws<DomainRuleException>(() =>
            RequestWorkflow.Apply(resolved, new RequestAction.Close(), resolvedAt.AddDays(7).AddSeconds(-1), Editor, Options));
        var onTime = RequestWorkflow.Apply(resolved, new RequestAction.Close(), resolvedAt.AddDays(7), Editor, Options);
        var sooner = RequestWorkflow.Apply(resolved, new RequestAction.Close(), resolvedAt.AddDays(2), Editor, new RequestTimeLimits { CloseWithoutRatingAfterDays = 2 });

        Assert.Equal((RuleCodes.IllegalTransition, "request"), (early.Code, early.Field));
        Assert.Equal((RequestStatus.Closed, resolvedAt.AddDays(7)), (onTime.State.Status, onTime.State.ClosedAt));
        Assert.Equal(new RequestEventRecord(RequestEventType.Closed, resolvedAt.AddDays(7), Editor, "Closed without a rating."), onTime.Events.Single());
        Assert.Null(onTime.State.Rating);
        Assert.Equal(RequestStatus.Closed, sooner.State.Status);
    }

    [Fact]
    public void ARatedRequestClosesAtOnce()
    {
        var closed = Do(InStatus(RequestStatus.Rated), new RequestAction.Close(), 0.6);

        Assert.Equal(new RequestEventRecord(RequestEventType.Closed, At(0.6), Editor), closed.Events.Single());
    }
}
