using GovGraph.Domain.Model;
using GovGraph.Storage.Seeding;

namespace GovGraph.Storage.Tests.Seeding;

/// <summary>The shape the rest of GovGraph relies on: the six-level chain, linking rules and graph integrity.</summary>
public sealed class NingguoStructureTests(NingguoDataset data) : IClassFixture<NingguoDataset>
{
    [Fact]
    public void HouseholdsNumberBetween80And100ThousandWithAboutFivePercentUnassigned()
    {
        var households = data.Nodes(Labels.Household).ToList();
        Assert.InRange(households.Count, 80_000, 100_000);
        var linked = data.Rels(RelTypes.Links).Select(r => r.EndId).ToHashSet();
        var unassignedShare = households.Count(h => !linked.Contains(h.Id)) / (double)households.Count;
        Assert.InRange(unassignedShare, 0.04, 0.06);
    }

    [Fact]
    public void HouseholdsHoldAbout384000PeopleInSizesOfOneToEight()
    {
        var sizes = data.Nodes(Labels.Household).Select(h => h.GetLong(Props.Size) ?? 0).ToList();
        Assert.All(sizes, s => Assert.InRange(s, 1, 8));
        Assert.InRange(sizes.Sum(), 380_000, 390_000);
    }

    [Fact]
    public void HouseholdsHaveAHeadNameAnAddressAndAPlausibleMobileNumber()
    {
        Assert.All(data.Nodes(Labels.Household), h =>
        {
            Assert.InRange(h.GetString(Props.HeadName)?.Length ?? 0, 2, 4);
            Assert.False(string.IsNullOrEmpty(h.GetString(Props.Address)));
            if (h.GetString(Props.Phone) is { } phone)
            {
                Assert.Matches("^1[3-9][0-9]{9}$", phone);
            }
        });
    }

    [Fact]
    public void NoHouseholdIsLinkedTwice()
    {
        var twice = data.Rels(RelTypes.Links).GroupBy(r => r.EndId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(twice);
        Assert.All(data.Rels(RelTypes.Links), r => Assert.Equal(Labels.Household, data.Label(r.EndId)));
    }

    [Fact]
    public void EveryHouseholdIsCoveredByExactlyOnePartyGroup()
    {
        var covers = data.Rels(RelTypes.Covers).GroupBy(r => r.EndId).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(data.Nodes(Labels.Household), h => Assert.Equal(1, covers.GetValueOrDefault(h.Id)));
    }

    [Fact]
    public void LinkingMembersLinkTenToTwentyHouseholdsOfTheirOwnVillage()
    {
        var villageOfMember = data.VillageOfMember();
        foreach (var links in data.Rels(RelTypes.Links).GroupBy(r => r.StartId))
        {
            Assert.InRange(links.Count(), 10, 20);
            Assert.True(data.NodesById[links.Key].GetBool(Props.PartyMember));
            var village = villageOfMember[links.Key];
            Assert.All(links, r => Assert.Equal(village, data.VillageOfGroup[data.GroupOfHousehold[r.EndId]]));
        }
    }

    [Fact]
    public void PartyMembersBelongToOneGroupAndAreFlaggedAsMembers()
    {
        var memberships = data.Rels(RelTypes.MemberOf).GroupBy(r => r.StartId).ToList();
        Assert.All(memberships, g => Assert.Single(g));
        Assert.All(memberships, g => Assert.True(data.NodesById[g.Key].GetBool(Props.PartyMember)));
        Assert.All(data.Nodes(Labels.PartyGroup), g => Assert.Contains(g.Id, data.VillageOfGroup.Keys));
    }

    [Fact]
    public void CentralHouseholdsHaveOneHostAndFiveToFifteenAttachedMembersOfTheirVillage()
    {
        var villageOfMember = data.VillageOfMember();
        var groupOfCentral = data.Rels(RelTypes.Oversees)
            .Where(r => data.Label(r.EndId) == Labels.CentralHousehold)
            .ToDictionary(r => r.EndId, r => r.StartId);
        var hosts = data.Rels(RelTypes.Hosts).ToLookup(r => r.EndId);
        var attached = data.Rels(RelTypes.AttachedTo).ToLookup(r => r.EndId);
        var centrals = data.Nodes(Labels.CentralHousehold).ToList();
        Assert.NotEmpty(centrals);
        foreach (var central in centrals)
        {
            var village = data.VillageOfGroup[groupOfCentral[central.Id]];
            var host = Assert.Single(hosts[central.Id]);
            Assert.Equal(village, villageOfMember[host.StartId]);
            Assert.InRange(attached[central.Id].Count(), 5, 15);
            Assert.All(attached[central.Id], r => Assert.Equal(village, villageOfMember[r.StartId]));
            Assert.DoesNotContain(attached[central.Id], r => r.StartId == host.StartId);
        }

        Assert.All(data.Rels(RelTypes.AttachedTo).GroupBy(r => r.StartId), g => Assert.Single(g));
    }

    [Fact]
    public void EveryCityLeaderContactsExactlyOneTownshipAndEveryTownshipIsContacted()
    {
        var contacts = data.Rels(RelTypes.Contacts).Where(r => r.GetString(Props.Until) is null).ToList();
        Assert.All(contacts.GroupBy(r => r.StartId), g => Assert.Single(g));
        Assert.Equal(
            data.Nodes(Labels.Township).Select(t => t.Id).Order(StringComparer.Ordinal),
            contacts.Select(r => r.EndId).Distinct().Order(StringComparer.Ordinal));
        var cityLeaders = contacts.Select(r => r.StartId).ToHashSet();
        Assert.DoesNotContain(data.Rels(RelTypes.Leads), r => cityLeaders.Contains(r.StartId));
    }

    [Fact]
    public void OneEndedContactKeepsTheHistoryOfAReassignedCityLeader()
    {
        var ended = Assert.Single(data.Rels(RelTypes.Contacts), r => r.GetString(Props.Until) is not null);
        var current = Assert.Single(data.Rels(RelTypes.Contacts), r => r.StartId == ended.StartId && r.GetString(Props.Until) is null);
        Assert.NotEqual(current.EndId, ended.EndId);
        Assert.Equal(current.GetString(Props.Since), ended.GetString(Props.Until));
    }

    [Fact]
    public void InstructorsInstructAVillageOfTheTownshipTheyLeadAndServeOnNoVillage()
    {
        var townshipOfVillage = data.Rels(RelTypes.Oversees)
            .Where(r => data.Label(r.EndId) == Labels.Village)
            .ToDictionary(r => r.EndId, r => r.StartId);
        var leads = data.Rels(RelTypes.Leads).ToDictionary(r => r.StartId, r => r.EndId);
        var cadres = data.Rels(RelTypes.ServesOn).Select(r => r.StartId).ToHashSet();
        Assert.All(data.Rels(RelTypes.Instructs), r =>
        {
            Assert.Equal(leads[r.StartId], townshipOfVillage[r.EndId]);
            Assert.DoesNotContain(r.StartId, cadres);
        });
    }

    [Fact]
    public void TalentsAndDispatchedCadresHoldNoOtherVillageRole()
    {
        var others = data.Rels(RelTypes.ServesOn).Concat(data.Rels(RelTypes.MemberOf)).Concat(data.Rels(RelTypes.Instructs))
            .Select(r => r.StartId).ToHashSet();
        Assert.All(data.Rels(RelTypes.TalentOf).Concat(data.Rels(RelTypes.StationedIn)), r => Assert.DoesNotContain(r.StartId, others));
    }

    [Fact]
    public void EveryVillageHasFiveBodiesEachHeadedByACadreOfThatVillage()
    {
        var bodiesOf = data.Rels(RelTypes.HasBody).ToLookup(r => r.StartId, r => r.EndId);
        var heads = data.Rels(RelTypes.Heads).ToLookup(r => r.EndId, r => r.StartId);
        var cadreVillages = data.Rels(RelTypes.ServesOn).ToLookup(r => r.StartId, r => r.EndId);
        var kinds = new[] { "COLLECTIVE_ECONOMY", "CONSULTATION_COMMITTEE", "SUPERVISION_COMMITTEE", "VILLAGERS_ASSEMBLY", "VILLAGERS_COMMITTEE" };
        Assert.All(data.Nodes(Labels.Village), village =>
        {
            var bodies = bodiesOf[village.Id].Select(id => data.NodesById[id]).ToList();
            Assert.Equal(kinds, bodies.Select(b => b.GetString(Props.Kind)).Order(StringComparer.Ordinal));
            Assert.All(bodies, b => Assert.Contains(village.Id, cadreVillages[Assert.Single(heads[b.Id])]));
        });
    }

    [Fact]
    public void EveryRelationshipIsAllowedByTheModel()
    {
        Assert.All(data.Batch.CreateRelationships, r =>
            Assert.True(
                RelationshipRules.IsAllowed(r.Type, data.Label(r.StartId) ?? "?", data.Label(r.EndId) ?? "?"),
                $"{r.Id}: {r.Type} {r.StartId} -> {r.EndId}"));
    }

    [Fact]
    public void EveryIdIsUniqueAndWellFormed()
    {
        var nodeIds = data.Batch.CreateNodes.Select(n => n.Id).ToList();
        Assert.Equal(nodeIds.Count, nodeIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(nodeIds, id => Assert.True(NodeIds.IsWellFormed(id), id));
        var relIds = data.Batch.CreateRelationships.Select(r => r.Id).ToList();
        Assert.Equal(relIds.Count, relIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(data.Batch.CreateNodes, n => Assert.True(Labels.IsStorable(n.Label), n.Label));
    }

    [Fact]
    public void EveryRelationshipEndpointExists()
    {
        Assert.All(data.Batch.CreateRelationships, r =>
        {
            Assert.True(data.NodesById.ContainsKey(r.StartId), r.StartId);
            Assert.True(data.NodesById.ContainsKey(r.EndId), r.EndId);
        });
    }

    [Fact]
    public void EveryLabelAndRelationshipTypeOfTheModelAppearsCasesIncluded()
    {
        Assert.All(Labels.Storable, label => Assert.Contains(data.Batch.CreateNodes, n => n.Label == label));
        Assert.All(RelTypes.Storable, type => Assert.NotEmpty(data.Rels(type)));
    }

    [Fact]
    public void GeneratingTwiceGivesTheSameDataset()
    {
        var again = NingguoGenerator.Generate();
        Assert.Equal(data.Batch.CreateNodes.Count, again.CreateNodes.Count);
        Assert.Equal(data.Batch.CreateRelationships.Count, again.CreateRelationships.Count);
        Assert.Equal(NingguoDataset.Fingerprint(data.Batch), NingguoDataset.Fingerprint(again));
    }

    [Fact]
    public void ScaleTwoRoughlyDoublesVillagesAndHouseholds()
    {
        var households = data.Nodes(Labels.Household).Count();
        var scaled = NingguoDataset.Of(NingguoGenerator.Generate(scale: 2));
        Assert.Equal(204, scaled.Nodes(Labels.Village).Count());
        Assert.InRange(scaled.Nodes(Labels.Household).Count(), 1.9 * households, 2.1 * households);
        Assert.All(scaled.Batch.CreateRelationships, r =>
            Assert.True(RelationshipRules.IsAllowed(r.Type, scaled.Label(r.StartId) ?? "?", scaled.Label(r.EndId) ?? "?")));
    }

    [Fact]
    public void ScaleCopiesGoIntoSyntheticTownshipsSoRealSubtreesKeepTheirSize()
    {
        var scaled = NingguoDataset.Of(NingguoGenerator.Generate(scale: 2));
        Assert.Equal(38, scaled.Nodes(Labels.Township).Count());
        Assert.Equal(19, scaled.Nodes(Labels.Township).Count(t => t.GetBool(Props.Synthetic) == true));

        int VillagesOf(NingguoDataset d, string township) =>
            d.Rels(RelTypes.Oversees).Count(r => r.StartId == township);
        Assert.Equal(VillagesOf(data, "township:gangkou"), VillagesOf(scaled, "township:gangkou"));
        Assert.Equal(VillagesOf(data, "township:gangkou"), VillagesOf(scaled, "township:gangkou-x2"));
    }
}
