using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using static GovGraph.Domain.Tests.ServiceRequests.RequestFixture;

namespace GovGraph.Domain.Tests.ServiceRequests;

public sealed class RequestEscalationTests
{
    private static RequestTransition Tick(RequestState state, double hoursAfterRaise, string? next = null, double acceptWithin = 0.5, double dueWithin = 240) =>
        RequestWorkflow.Apply(
            state,
            next is null ? new RequestAction.Escalate() : new RequestAction.Escalate(next, At(hoursAfterRaise + acceptWithin), At(hoursAfterRaise + dueWithin)),
            At(hoursAfterRaise),
            RequestWorkflow.SystemActor,
            Options);

    [Fact]
    public void AnUnacceptedRequestIsRemindedThenSupervisedThenEscalatedUpTwoLevels()
    {
        var state = NewRequest();

        var reminded = Tick(state, 0.6, Host);
        var supervised = Tick(reminded.State, 2.6, Host);
        var escalated = Tick(supervised.State, 4.6, Host);

        Assert.Equal([RequestEventType.Reminded], reminded.Events.Select(e => e.Type));
        Assert.Equal((1, Member, RequestStatus.Dispatched), (reminded.State.OverdueSteps, reminded.State.Assignee, reminded.State.Status));
        Assert.Equal(
            new RequestEventRecord(RequestEventType.Supervised, At(2.6), RequestWorkflow.SystemActor, $"Overdue since {At(0.5):u}.", ToAssignee: Member),
            supervised.Events.Single());
        Assert.Equal(
            [
                new RequestEventRecord(RequestEventType.Escalated, At(4.6), RequestWorkflow.SystemActor, $"Overdue since {At(0.5):u}.", Member, Host),
                new RequestEventRecord(RequestEventType.Dispatched, At(4.6), RequestWorkflow.SystemActor, FromAssignee: Member, ToAssignee: Host),
            ],
            escalated.Events);
        Assert.Equal(
            new RequestState(RequestStatus.Dispatched, Host, Raised, At(5.1), At(244.6)) { FirstAcceptBy = At(0.5), PromisedDueAt = Raised.AddDays(10) },
            escalated.State);

        // The central-household host does not sign either: the case climbs to the party group.
        var second = Tick(Tick(Tick(escalated.State, 5.2, Group).State, 7.2, Group).State, 9.2, Group);
        Assert.Equal((RequestStatus.Dispatched, Group), (second.State.Status, second.State.Assignee));
        Assert.Equal((Host, Group), (second.Events[0].FromAssignee, second.Events[0].ToAssignee));
    }

    [Fact]
    public void TicksBetweenTheStepsAreIllegalAndTheNextStepSaysWhenOneIsDue()
    {
        var state = NewRequest();

        Assert.Null(RequestWorkflow.NextOverdueStep(state, At(0.5), Options));
        Assert.Equal(RequestEventType.Reminded, RequestWorkflow.NextOverdueStep(state, At(0.51), Options));
        var notYet = Assert.Throws<DomainRuleException>(() => Tick(state, 0.4));
        Assert.Equal((RuleCodes.IllegalTransition, "request"), (notYet.Code, notYet.Field));

        var reminded = Tick(state, 0.6).State;
        Assert.Null(RequestWorkflow.NextOverdueStep(reminded, At(2.5), Options));
        Assert.Equal(RequestEventType.Supervised, RequestWorkflow.NextOverdueStep(reminded, At(2.6), Options));
        Assert.Throws<DomainRuleException>(() => Tick(reminded, 1.0));

        var supervised = Tick(reminded, 2.6).State;
        Assert.Equal(RequestEventType.Escalated, RequestWorkflow.NextOverdueStep(supervised, At(4.6), Options));
    }

    [Fact]
    public void AnAcceptedRequestPastItsDueTimeIsRemindedAndEscalatedFromInProgress()
    {
        var accepted = InStatus(RequestStatus.Accepted);
        Assert.Throws<DomainRuleException>(() => Tick(accepted, 239));

        var reminded = Tick(accepted, 241);
        Assert.Equal((RequestEventType.Reminded, RequestStatus.Accepted), (reminded.Events.Single().Type, reminded.State.Status));

        var started = RequestWorkflow.Apply(reminded.State, new RequestAction.Start(), At(242), Editor, Options).State;
        var supervised = Tick(started, 243);
        var escalated = Tick(supervised.State, 245, Host);
        Assert.Equal((RequestStatus.Dispatched, Host), (escalated.State.Status, escalated.State.Assignee));
    }

    [Fact]
    public void AcceptingOrExtendingStartsTheOverdueStepsAgain()
    {
        var reminded = Tick(NewRequest(), 0.6).State;
        var accepted = RequestWorkflow.Apply(reminded, new RequestAction.Accept(), At(0.7), Editor, Options).State;
        var lateReminded = Tick(accepted, 241).State;
        var extended = RequestWorkflow.Apply(lateReminded, new RequestAction.RequestExtension(At(400), "Parts on order."), At(242), Editor, Options).State;

        Assert.Equal((0, (DateTimeOffset?)null), (accepted.OverdueSteps, accepted.LastUrgedAt));
        Assert.Equal(1, lateReminded.OverdueSteps);
        Assert.Equal(0, extended.OverdueSteps);
        Assert.Null(RequestWorkflow.NextOverdueStep(extended, At(300), Options));
    }

    [Fact]
    public void WithNobodyAboveTheEscalationStepRecordsAnotherSupervision()
    {
        const string City = "city";
        var atCity = RequestWorkflow.Raise(City, Raised, At(0.5), At(240), Resident).State;
        var supervised = Tick(Tick(atCity, 0.6).State, 2.6).State;

        var top = Tick(supervised, 4.6);
        var again = Tick(top.State, 6.6);

        Assert.Equal((RequestEventType.Supervised, City), (top.Events.Single().Type, top.State.Assignee));
        Assert.Equal((2, At(4.6)), (top.State.OverdueSteps, top.State.LastUrgedAt));
        Assert.Equal(RequestEventType.Supervised, again.Events.Single().Type);
    }

    [Fact]
    public void AnEscalationNeedsTheNewLimits()
    {
        var supervised = Tick(Tick(NewRequest(), 0.6).State, 2.6).State;

        var refused = Assert.Throws<DomainRuleException>(() =>
            RequestWorkflow.Apply(supervised, new RequestAction.Escalate(Host), At(4.6), RequestWorkflow.SystemActor, Options));

        Assert.Equal((RuleCodes.InvalidInput, "acceptBy"), (refused.Code, refused.Field));
    }

    [Fact]
    public void TheStepIntervalIsConfigurable()
    {
        var quick = new RequestTimeLimits { OverdueStepInterval = TimeSpan.FromMinutes(10) };
        var reminded = RequestWorkflow.Apply(NewRequest(), new RequestAction.Escalate(), At(0.6), RequestWorkflow.SystemActor, quick).State;

        Assert.Equal(RequestEventType.Supervised, RequestWorkflow.NextOverdueStep(reminded, At(0.6).AddMinutes(10), quick));
        Assert.Null(RequestWorkflow.NextOverdueStep(reminded, At(0.6).AddMinutes(10), Options));
    }
}
