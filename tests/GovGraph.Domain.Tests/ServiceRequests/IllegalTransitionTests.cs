using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using static GovGraph.Domain.Tests.ServiceRequests.RequestFixture;

namespace GovGraph.Domain.Tests.ServiceRequests;

public sealed class IllegalTransitionTests
{
    /// <summary>One action of each kind, with inputs that would be valid where the action is legal.</summary>
    private static readonly Dictionary<string, RequestAction> Actions = new()
    {
        ["Accept"] = new RequestAction.Accept(),
        ["SendBack"] = new RequestAction.SendBack("Not mine.", Host, At(2), At(100)),
        ["Start"] = new RequestAction.Start(),
        ["RequestExtension"] = new RequestAction.RequestExtension(At(500), "More time."),
        ["Resolve"] = new RequestAction.Resolve("Done."),
        ["Rate"] = new RequestAction.Rate(RequestRating.Satisfied),
        ["Close"] = new RequestAction.Close(),
        ["Escalate"] = new RequestAction.Escalate(Host, At(2), At(100)),
    };

    /// <summary>The statuses each action may be taken from (DOMAIN.md's flow); every other pair is illegal.</summary>
    private static readonly Dictionary<string, RequestStatus[]> Legal = new()
    {
        ["Accept"] = [RequestStatus.Dispatched],
        ["SendBack"] = [RequestStatus.Dispatched, RequestStatus.Accepted],
        ["Start"] = [RequestStatus.Accepted],
        ["RequestExtension"] = [RequestStatus.Accepted, RequestStatus.InProgress],
        ["Resolve"] = [RequestStatus.Accepted, RequestStatus.InProgress],
        ["Rate"] = [RequestStatus.Resolved],
        ["Close"] = [RequestStatus.Resolved, RequestStatus.Rated],
        ["Escalate"] = [RequestStatus.Dispatched, RequestStatus.Accepted, RequestStatus.InProgress],
    };

    public static TheoryData<RequestStatus, string> IllegalPairs()
    {
        var data = new TheoryData<RequestStatus, string>();
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            foreach (var action in Actions.Keys.Where(a => !Legal[a].Contains(status)))
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void AnActionFromAStatusThatDoesNotAllowItIsAnIllegalTransitionAndChangesNothing(RequestStatus status, string action)
    {
        var state = InStatus(status);
        var before = state with { };

        var refused = Assert.Throws<DomainRuleException>(() => RequestWorkflow.Apply(state, Actions[action], At(1), Editor, Options));

        Assert.Equal(RuleCodes.IllegalTransition, refused.Code);
        Assert.Equal("request", refused.Field);
        Assert.Equal(before, state);
        Assert.Equal(status, state.Status);
    }

    [Fact]
    public void EveryActionDeclaresExactlyTheStatusesOfTheFlow() =>
        Assert.All(Actions, a => Assert.Equal(Legal[a.Key], a.Value.AllowedFrom));

    [Fact]
    public void TheTableCoversThirtyFourIllegalPairs() => Assert.Equal(34, IllegalPairs().Count);

    [Fact]
    public void IllegalTransitionHasItsStableCode() => Assert.Equal("ILLEGAL_TRANSITION", RuleCodes.IllegalTransition);
}
