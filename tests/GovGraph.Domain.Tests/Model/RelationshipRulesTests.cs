using GovGraph.Domain.Model;

namespace GovGraph.Domain.Tests.Model;

public sealed class RelationshipRulesTests
{
    /// <summary>Every (type, from, to) row of the MODEL.md relationship table.</summary>
    public static TheoryData<string, string, string> ModelPairs => new()
    {
        { RelTypes.Oversees, Labels.City, Labels.Township },
        { RelTypes.Oversees, Labels.Township, Labels.Village },
        { RelTypes.Oversees, Labels.Village, Labels.PartyGroup },
        { RelTypes.Oversees, Labels.PartyGroup, Labels.CentralHousehold },
        { RelTypes.Covers, Labels.PartyGroup, Labels.Household },
        { RelTypes.AttachedTo, Labels.Person, Labels.CentralHousehold },
        { RelTypes.Hosts, Labels.Person, Labels.CentralHousehold },
        { RelTypes.MemberOf, Labels.Person, Labels.PartyGroup },
        { RelTypes.Links, Labels.Person, Labels.Household },
        { RelTypes.Contacts, Labels.Person, Labels.Township },
        { RelTypes.Leads, Labels.Person, Labels.Township },
        { RelTypes.Instructs, Labels.Person, Labels.Village },
        { RelTypes.ServesOn, Labels.Person, Labels.Village },
        { RelTypes.StationedIn, Labels.Person, Labels.Village },
        { RelTypes.TalentOf, Labels.Person, Labels.Village },
        { RelTypes.Heads, Labels.Person, Labels.VillageBody },
        { RelTypes.HasBody, Labels.Village, Labels.VillageBody },
        { RelTypes.PairedWith, Labels.Agency, Labels.Village },
        { RelTypes.CooperatesWith, Labels.University, Labels.City },
        { RelTypes.HasVenue, Labels.Village, Labels.Venue },
        { RelTypes.HasVenue, Labels.PartyGroup, Labels.Venue },
    };

    [Theory]
    [MemberData(nameof(ModelPairs))]
    public void ThePairsOfTheModelAreAllowed(string type, string from, string to) =>
        Assert.True(RelationshipRules.IsAllowed(type, from, to));

    [Theory]
    [InlineData(RelTypes.Oversees, Labels.Township, Labels.City)]
    [InlineData(RelTypes.Oversees, Labels.City, Labels.Village)]
    [InlineData(RelTypes.Oversees, Labels.Village, Labels.Household)]
    [InlineData(RelTypes.Covers, Labels.Village, Labels.Household)]
    [InlineData(RelTypes.Links, Labels.Household, Labels.Person)]
    [InlineData(RelTypes.Links, Labels.Person, Labels.Person)]
    [InlineData(RelTypes.Contacts, Labels.Person, Labels.Village)]
    [InlineData(RelTypes.PairedWith, Labels.Village, Labels.Agency)]
    [InlineData(RelTypes.CooperatesWith, Labels.City, Labels.University)]
    [InlineData(RelTypes.HasVenue, Labels.Township, Labels.Venue)]
    [InlineData("KNOWS", Labels.Person, Labels.Person)]
    [InlineData(RelTypes.MemberOf, "Robot", Labels.PartyGroup)]
    public void PairsOutsideTheModelAreRefused(string type, string from, string to) =>
        Assert.False(RelationshipRules.IsAllowed(type, from, to));

    [Fact]
    public void TheRulesAllowExactlyTheModelPairsAndNoOthers()
    {
        var model = ModelPairs.Select(row => ((string)row[0], (string)row[1], (string)row[2])).ToHashSet();
        var allowed = RelTypes.All
            .SelectMany(type => RelationshipRules.EndpointsOf(type).Select(e => (type, e.From, e.To)))
            .ToHashSet();
        Assert.Equal(model.Order(), allowed.Order());
    }

    [Fact]
    public void EveryRelationshipTypeHasAtLeastOnePair() =>
        Assert.All(RelTypes.All, type => Assert.NotEmpty(RelationshipRules.EndpointsOf(type)));
}
