using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;

namespace GovGraph.Domain.Tests.Rules;

public sealed class ChainAndCreationRulesTests
{
    [Fact]
    public void EachLevelOverseesOnlyTheLevelBelowIt()
    {
        Assert.Equal([1, 2, 3, 4, 5], Labels.OrgUnits.Select(l => OverseesChain.LevelOf(l)!.Value));
        Assert.True(OverseesChain.MayOversee(Labels.Township, Labels.Village));
        Assert.False(OverseesChain.MayOversee(Labels.City, Labels.Village));
        Assert.False(OverseesChain.MayOversee(Labels.Village, Labels.Township));
        Assert.False(OverseesChain.MayOversee(Labels.PartyGroup, Labels.Household));

        // The chain and the relationship table agree.
        foreach (var upper in Labels.All)
        {
            foreach (var lower in Labels.All)
            {
                Assert.Equal(RelationshipRules.IsAllowed(RelTypes.Oversees, upper, lower), OverseesChain.MayOversee(upper, lower));
            }
        }
    }

    [Fact]
    public void OverseeingAnAncestorOrItselfClosesACycle()
    {
        string[] ancestorsOfGroup = ["village:a", "township:a", "city:a"];

        Assert.True(OverseesChain.WouldCloseCycle("group:a", "township:a", ancestorsOfGroup));
        Assert.True(OverseesChain.WouldCloseCycle("group:a", "group:a", ancestorsOfGroup));
        Assert.False(OverseesChain.WouldCloseCycle("group:a", "ch:a", ancestorsOfGroup));
    }

    [Fact]
    public void EverythingButTheCityCanBeCreatedAndChainUnitsComeUnderTheirOverseer()
    {
        Assert.False(NodeCreation.IsAllowed(Labels.City));
        Assert.Equal(Labels.All.Where(l => l != Labels.City), NodeCreation.Creatable);
        foreach (var label in NodeCreation.Creatable)
        {
            if (NodeCreation.ParentageOf(label) is { } parentage)
            {
                Assert.All(parentage.ParentLabels, parent => Assert.True(RelationshipRules.IsAllowed(parentage.RelationshipType, parent, label)));
            }
        }

        Assert.Null(NodeCreation.ParentageOf(Labels.Person));
        Assert.Equal(RelTypes.Covers, NodeCreation.ParentageOf(Labels.Household)!.RelationshipType);
    }

    [Fact]
    public void TheOnePerRulesCarryTheirCodes()
    {
        Assert.Equal((Direction.In, RuleCodes.HouseholdAlreadyLinked), (RelationshipLimits.For(RelTypes.Links)!.Side, RelationshipLimits.For(RelTypes.Links)!.Code));
        Assert.Equal((Direction.Out, RuleCodes.LeaderAlreadyContacts), (RelationshipLimits.For(RelTypes.Contacts)!.Side, RelationshipLimits.For(RelTypes.Contacts)!.Code));
        Assert.Null(RelationshipLimits.For(RelTypes.PairedWith));
        Assert.True(RelationshipLimits.NeedsPartyMember(RelTypes.AttachedTo));
        Assert.False(RelationshipLimits.NeedsPartyMember(RelTypes.Instructs));
    }
}
