using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Domain.Tests.ServiceRequests;

public sealed class CaseModelTests
{
    private static readonly DateTimeOffset Raised = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static Dictionary<string, object?> ValidRequest() => new()
    {
        [Props.Category] = "COMPLAINT",
        [Props.Description] = "路灯坏了",
        [Props.Channel] = "WECHAT",
        [Props.CreatedAt] = Raised,
        [Props.AcceptBy] = "2026-11-02T09:30:00+08:00",
        [Props.DueAt] = "2026-11-16T01:00:00Z",
        [Props.Status] = "IN_PROGRESS",
    };

    [Theory]
    [InlineData(RelTypes.RaisedBy, Labels.ServiceRequest, Labels.Household)]
    [InlineData(RelTypes.AssignedTo, Labels.ServiceRequest, Labels.Person)]
    [InlineData(RelTypes.AssignedTo, Labels.ServiceRequest, Labels.CentralHousehold)]
    [InlineData(RelTypes.AssignedTo, Labels.ServiceRequest, Labels.PartyGroup)]
    [InlineData(RelTypes.AssignedTo, Labels.ServiceRequest, Labels.Village)]
    [InlineData(RelTypes.AssignedTo, Labels.ServiceRequest, Labels.Township)]
    [InlineData(RelTypes.AssignedTo, Labels.ServiceRequest, Labels.City)]
    [InlineData(RelTypes.HasEvent, Labels.ServiceRequest, Labels.RequestEvent)]
    public void TheCasePairsAreAllowed(string type, string from, string to) =>
        Assert.True(RelationshipRules.IsAllowed(type, from, to));

    [Theory]
    [InlineData(RelTypes.RaisedBy, Labels.ServiceRequest, Labels.Person)]
    [InlineData(RelTypes.AssignedTo, Labels.ServiceRequest, Labels.Household)]
    [InlineData(RelTypes.AssignedTo, Labels.ServiceRequest, Labels.Agency)]
    [InlineData(RelTypes.AssignedTo, Labels.Person, Labels.ServiceRequest)]
    [InlineData(RelTypes.HasEvent, Labels.Household, Labels.RequestEvent)]
    public void OtherCasePairsAreRefused(string type, string from, string to) =>
        Assert.False(RelationshipRules.IsAllowed(type, from, to));

    [Fact]
    public void TheCaseLabelsAndTypesStayOutOfTheServedModelUntilTheApiServesThem()
    {
        Assert.Equal([Labels.ServiceRequest, Labels.RequestEvent], Labels.CaseLabels);
        Assert.Equal([RelTypes.RaisedBy, RelTypes.AssignedTo, RelTypes.HasEvent], RelTypes.CaseTypes);
        Assert.Empty(Labels.CaseLabels.Intersect(Labels.All));
        Assert.Empty(RelTypes.CaseTypes.Intersect(RelTypes.All));
        Assert.All(RelTypes.CaseTypes, type => Assert.NotEmpty(RelationshipRules.EndpointsOf(type)));
    }

    [Fact]
    public void StoresHoldTheCaseLabelsAndTypesBesideTheServedOnes()
    {
        Assert.Equal(Labels.All.Concat(Labels.CaseLabels), Labels.Storable);
        Assert.Equal(RelTypes.All.Concat(RelTypes.CaseTypes), RelTypes.Storable);
        Assert.True(Labels.IsStorable(Labels.RequestEvent));
        Assert.False(Labels.IsKnown(Labels.RequestEvent));
        Assert.True(RelTypes.IsStorable(RelTypes.AssignedTo));
        Assert.False(RelTypes.IsKnown(RelTypes.AssignedTo));
        Assert.False(Labels.IsStorable("Town"));
    }

    [Fact]
    public void ARequestsPropertiesAreCheckedAndItsInstantsStoredAsUtcText()
    {
        var stored = PropertyValidator.ForCreation(NodeProperties.For(Labels.ServiceRequest), ValidRequest());

        Assert.Equal("2026-11-02T01:00:00.0000000Z", stored[Props.CreatedAt]);
        Assert.Equal("2026-11-02T01:30:00.0000000Z", stored[Props.AcceptBy]);
        Assert.Equal("2026-11-16T01:00:00.0000000Z", stored[Props.DueAt]);
        Assert.Equal(0L, stored[Props.Extensions]);
        Assert.Equal(0L, stored[Props.OverdueSteps]);
        Assert.False(stored.ContainsKey(Props.Rating));
    }

    [Theory]
    [InlineData(Props.Category, "QUESTION")]
    [InlineData(Props.Channel, "EMAIL")]
    [InlineData(Props.Status, "InProgress")]
    [InlineData(Props.AcceptBy, "2026-11-02T09:30:00")]
    [InlineData(Props.DueAt, "2026-11-16")]
    [InlineData(Props.Description, " ")]
    public void ARequestWithAWrongValueIsRefusedNamingTheProperty(string property, object value)
    {
        var given = ValidRequest();
        given[property] = value;

        var refused = Assert.Throws<DomainRuleException>(() => PropertyValidator.ForCreation(NodeProperties.For(Labels.ServiceRequest), given));

        Assert.Equal((RuleCodes.InvalidInput, property), (refused.Code, refused.Field));
    }

    [Fact]
    public void ADescriptionMayHoldTwoThousandCharactersButNoMore()
    {
        var given = ValidRequest();
        given[Props.Description] = new string('灯', 2000);
        var stored = PropertyValidator.ForCreation(NodeProperties.For(Labels.ServiceRequest), given);
        given[Props.Description] = new string('灯', 2001);

        Assert.Equal(2000, ((string)stored[Props.Description]!).Length);
        Assert.Throws<DomainRuleException>(() => PropertyValidator.ForCreation(NodeProperties.For(Labels.ServiceRequest), given));
    }

    [Fact]
    public void AnEventNeedsItsTypeTimeAndActor()
    {
        var specs = NodeProperties.For(Labels.RequestEvent);

        Assert.Equal([Props.Type, Props.At, Props.Actor], specs.Where(s => s.Required).Select(s => s.Name));
        Assert.Equal(RequestValueNames.All<RequestEventType>(), specs.Single(s => s.Name == Props.Type).Choices);
    }

    [Fact]
    public void EnumValuesAreStoredInScreamingSnakeCase()
    {
        Assert.Equal(["DISPATCHED", "ACCEPTED", "IN_PROGRESS", "RESOLVED", "RATED", "CLOSED"], RequestValueNames.All<RequestStatus>());
        Assert.Equal(["PHONE", "APP", "WECHAT", "VISIT", "HOTLINE"], RequestValueNames.All<RequestChannel>());
        Assert.Equal(["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"], RequestValueNames.All<RequestRating>());
        Assert.Equal("SENT_BACK", RequestValueNames.Of(RequestEventType.SentBack));
        Assert.Equal(RequestCategory.Enquiry, RequestValueNames.Parse<RequestCategory>("ENQUIRY"));
        Assert.Null(RequestValueNames.Parse<RequestCategory>("Enquiry"));
    }
}
