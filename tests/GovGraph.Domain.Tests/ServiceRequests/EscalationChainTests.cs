using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Domain.Tests.ServiceRequests;

public sealed class EscalationChainTests
{
    private static readonly HouseholdChain Full = new(
        LinkingMemberId: "person:zhao",
        CentralHouseholdId: "ch:shanmen-1",
        CentralHouseholdHostId: "person:qian",
        PartyGroupId: "group:shanmen-1",
        VillageId: "village:shanmen",
        TownshipId: "township:gangkou",
        CityId: "city:ningguo");

    private static string Describe(EscalationChain chain) =>
        string.Join(" → ", chain.Handlers.Select(h => $"{h.Level}={h.Id}"));

    [Fact]
    public void AFullChainClimbsAllSixLevelsInOrder()
    {
        var chain = new EscalationChain(Full);

        Assert.Equal(
            "LinkingMember=person:zhao → CentralHouseholdHost=person:qian → PartyGroup=group:shanmen-1 → "
            + "Village=village:shanmen → Township=township:gangkou → City=city:ningguo",
            Describe(chain));
        Assert.Equal(new ChainHandler(EscalationLevel.LinkingMember, "person:zhao"), chain.First);
    }

    [Fact]
    public void NextWalksOneLevelUpAtATime()
    {
        var chain = new EscalationChain(Full);

        Assert.Equal(new ChainHandler(EscalationLevel.CentralHouseholdHost, "person:qian"), chain.Next("person:zhao"));
        Assert.Equal(new ChainHandler(EscalationLevel.PartyGroup, "group:shanmen-1"), chain.Next("person:qian"));
        Assert.Equal(new ChainHandler(EscalationLevel.Village, "village:shanmen"), chain.Next("group:shanmen-1"));
        Assert.Equal(new ChainHandler(EscalationLevel.Township, "township:gangkou"), chain.Next("village:shanmen"));
        Assert.Equal(new ChainHandler(EscalationLevel.City, "city:ningguo"), chain.Next("township:gangkou"));
    }

    [Fact]
    public void NothingIsAboveTheCity()
    {
        var chain = new EscalationChain(Full);

        Assert.Null(chain.Next("city:ningguo"));
        Assert.True(chain.Contains("city:ningguo"));
    }

    [Fact]
    public void AnAssigneeOffTheChainHasNoNextAndIsNotContained()
    {
        var chain = new EscalationChain(Full);

        Assert.Null(chain.Next("person:sun"));
        Assert.False(chain.Contains("person:sun"));
        // The central household itself is not a handler: its host is.
        Assert.False(chain.Contains("ch:shanmen-1"));
    }

    [Fact]
    public void AHostWhoIsAlsoTheLinkingMemberAppearsOnce()
    {
        var chain = new EscalationChain(Full with { CentralHouseholdHostId = "person:zhao" });

        Assert.Equal(
            "LinkingMember=person:zhao → PartyGroup=group:shanmen-1 → Village=village:shanmen → "
            + "Township=township:gangkou → City=city:ningguo",
            Describe(chain));
        Assert.Equal(new ChainHandler(EscalationLevel.PartyGroup, "group:shanmen-1"), chain.Next("person:zhao"));
    }

    [Fact]
    public void AMemberAttachedToNoCentralHouseholdHandsStraightToThePartyGroup()
    {
        var chain = new EscalationChain(Full with { CentralHouseholdId = null, CentralHouseholdHostId = null });

        Assert.Equal(5, chain.Handlers.Count);
        Assert.Equal(new ChainHandler(EscalationLevel.PartyGroup, "group:shanmen-1"), chain.Next("person:zhao"));
    }

    [Fact]
    public void ACentralHouseholdWithoutAKnownHostIsSkipped()
    {
        var chain = new EscalationChain(Full with { CentralHouseholdHostId = null });

        Assert.DoesNotContain(chain.Handlers, h => h.Level == EscalationLevel.CentralHouseholdHost);
        Assert.Equal(new ChainHandler(EscalationLevel.PartyGroup, "group:shanmen-1"), chain.Next("person:zhao"));
    }

    [Fact]
    public void AnUnassignedHouseholdsCaseGoesFirstToItsPartyGroup()
    {
        var chain = new EscalationChain(Full with { LinkingMemberId = null, CentralHouseholdId = null, CentralHouseholdHostId = null });

        Assert.Equal(new ChainHandler(EscalationLevel.PartyGroup, "group:shanmen-1"), chain.First);
        Assert.Equal(
            "PartyGroup=group:shanmen-1 → Village=village:shanmen → Township=township:gangkou → City=city:ningguo",
            Describe(chain));
    }

    [Fact]
    public void MissingOrgUnitsAreSkippedToo()
    {
        var chain = new EscalationChain(Full with { VillageId = null, TownshipId = "" });

        Assert.Equal(new ChainHandler(EscalationLevel.City, "city:ningguo"), chain.Next("group:shanmen-1"));
        Assert.Equal(4, chain.Handlers.Count);
    }

    [Fact]
    public void TheHighestPresentLevelIsTheTopWhenTheCityIsUnknown()
    {
        var chain = new EscalationChain(Full with { CityId = null });

        Assert.Null(chain.Next("township:gangkou"));
        Assert.Equal(EscalationLevel.Township, chain.Handlers[^1].Level);
    }

    [Fact]
    public void AChainKnowingNothingHasNoFirstHandler()
    {
        var chain = new EscalationChain(new HouseholdChain(null, null, null, null, null, null, null));

        Assert.Empty(chain.Handlers);
        Assert.Null(chain.First);
        Assert.Null(chain.Next("person:zhao"));
    }
}
