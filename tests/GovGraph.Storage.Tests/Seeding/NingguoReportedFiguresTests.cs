using GovGraph.Domain.Model;

namespace GovGraph.Storage.Tests.Seeding;

/// <summary>The figures DOMAIN.md says the shipped dataset must reproduce exactly.</summary>
public sealed class NingguoReportedFiguresTests(NingguoDataset data) : IClassFixture<NingguoDataset>
{
    [Fact]
    public void TheCityOverseesNineteenTownshipUnitsOfWhichThirteenHoldElections()
    {
        var city = Assert.Single(data.Nodes(Labels.City));
        Assert.Equal("city:ningguo", city.Id);
        var townships = data.Nodes(Labels.Township).ToList();
        Assert.Equal(19, townships.Count);
        Assert.Equal(
            townships.Select(t => t.Id).Order(StringComparer.Ordinal),
            data.Rels(RelTypes.Oversees).Where(r => r.StartId == city.Id).Select(r => r.EndId).Order(StringComparer.Ordinal));
        Assert.Equal(13, townships.Count(t => t.GetString(Props.DivisionType) is "TOWN" or "TOWNSHIP"));
        Assert.Equal(6, townships.Count(t => t.GetString(Props.DivisionType) == "STREET"));
        Assert.Contains(townships, t => t.Name == "云梯畲族乡" && t.GetString(Props.DivisionType) == "TOWNSHIP");
        Assert.Contains(townships, t => t.Name == "港口镇" && t.GetString(Props.DivisionType) == "TOWN");
    }

    [Fact]
    public void TheCountyHasOneHundredAndTwoVillagesEachOverseenByOneTownship()
    {
        var villages = data.Nodes(Labels.Village).Select(v => v.Id).ToHashSet();
        Assert.Equal(102, villages.Count);
        var overseers = data.Rels(RelTypes.Oversees).Where(r => villages.Contains(r.EndId)).ToList();
        Assert.Equal(102, overseers.Count);
        Assert.All(overseers, r => Assert.Equal(Labels.Township, data.Label(r.StartId)));
    }

    [Fact]
    public void OneHundredSeventeenInstructorsCoverEveryVillage()
    {
        var instructs = data.Rels(RelTypes.Instructs).ToList();
        Assert.Equal(117, instructs.Select(r => r.StartId).Distinct().Count());
        Assert.All(instructs.GroupBy(r => r.StartId), g => Assert.Single(g));
        Assert.Equal(102, instructs.Select(r => r.EndId).Distinct().Count());
    }

    [Fact]
    public void OneHundredTwoAgenciesArePairedOneToOneWithTheVillages()
    {
        var agencies = data.Nodes(Labels.Agency).ToList();
        Assert.Equal(102, agencies.Count);
        var pairs = data.Rels(RelTypes.PairedWith).ToList();
        Assert.Equal(102, pairs.Select(r => r.StartId).Distinct().Count());
        Assert.Equal(102, pairs.Count);
        Assert.Equal(102, pairs.Select(r => r.EndId).Distinct().Count());
        Assert.All(agencies, a => Assert.Contains(a.GetString(Props.Category), new[] { "ORGAN", "ENTERPRISE", "INSTITUTION" }));
        Assert.Equal(102, agencies.Select(a => a.Name).Distinct().Count());
    }

    [Fact]
    public void TownshipLeadershipHas141MembersOfWhom118AreGraduatesAnd37Postgraduates()
    {
        var leaders = data.Rels(RelTypes.Leads).Select(r => r.StartId).Distinct().Select(id => data.NodesById[id]).ToList();
        Assert.Equal(141, leaders.Count);
        Assert.Equal(118, leaders.Count(p => p.GetString(Props.Education) is "BACHELOR" or "POSTGRADUATE"));
        Assert.Equal(37, leaders.Count(p => p.GetString(Props.Education) == "POSTGRADUATE"));
        Assert.Equal(19, data.Rels(RelTypes.Leads).Select(r => r.EndId).Distinct().Count());
        Assert.All(data.Rels(RelTypes.Leads), r => Assert.False(string.IsNullOrEmpty(r.GetString(Props.Title))));
    }

    [Fact]
    public void VillageTwoCommitteesHave571CadresAndEveryVillageHasAPartySecretary()
    {
        var servesOn = data.Rels(RelTypes.ServesOn).ToList();
        Assert.Equal(571, servesOn.Select(r => r.StartId).Distinct().Count());
        Assert.All(servesOn, r => Assert.Contains(r.GetString(Props.Committee), new[] { "PARTY", "VILLAGERS" }));
        var villagesWithSecretary = servesOn
            .Where(r => r.GetString(Props.Committee) == "PARTY" && r.GetString(Props.Title) == "党组织书记")
            .Select(r => r.EndId)
            .ToList();
        Assert.Equal(102, villagesWithSecretary.Distinct().Count());
        Assert.Equal(102, villagesWithSecretary.Count);
    }

    [Fact]
    public void OneHundredTwoLocalTalentsAreSkillAgricultureOrCulture()
    {
        var talents = data.Rels(RelTypes.TalentOf).ToList();
        Assert.Equal(102, talents.Select(r => r.StartId).Distinct().Count());
        Assert.All(talents, r => Assert.Contains(r.GetString(Props.Category), new[] { "SKILL", "AGRICULTURE", "CULTURE" }));
    }

    [Fact]
    public void FourteenVillageVenuesBuiltSince2021CostSixPointSixMillionYuan()
    {
        var centres = data.Rels(RelTypes.HasVenue)
            .Where(r => data.Label(r.StartId) == Labels.Village)
            .Select(r => data.NodesById[r.EndId])
            .Where(v => v.GetString(Props.Kind) == "VILLAGE_CENTRE")
            .ToList();
        var recent = centres.Where(v => v.GetLong(Props.BuiltYear) >= 2021).ToList();
        Assert.Equal(14, recent.Count);
        Assert.Equal(6_600_000, recent.Sum(v => v.GetLong(Props.InvestmentYuan)));
        Assert.Contains(centres, v => v.GetLong(Props.BuiltYear) < 2021);
    }

    [Fact]
    public void AtLeastTwoHundredPartyGroupsHaveAStandardisedHome()
    {
        var withVenue = data.Nodes(Labels.PartyGroup).Where(g => g.GetBool(Props.HasVenue) == true).Select(g => g.Id).ToHashSet();
        Assert.True(withVenue.Count >= 200, $"only {withVenue.Count} party groups have a venue");
        var homes = data.Rels(RelTypes.HasVenue)
            .Where(r => data.Label(r.StartId) == Labels.PartyGroup)
            .ToList();
        Assert.Equal(withVenue.Order(StringComparer.Ordinal), homes.Select(r => r.StartId).Order(StringComparer.Ordinal));
        Assert.All(homes, r => Assert.Equal("PARTY_GROUP_HOME", data.NodesById[r.EndId].GetString(Props.Kind)));
        Assert.Contains(data.Nodes(Labels.PartyGroup), g => g.GetBool(Props.TalkPoint) == true);
    }

    [Fact]
    public void TwelveSecretariesGotCivilServicePostsSince2017OneWasPromotedAndThreeCadresWereRecruited()
    {
        var secretaries = data.Rels(RelTypes.ServesOn)
            .Where(r => r.GetString(Props.Title) == "党组织书记")
            .Select(r => data.NodesById[r.StartId])
            .ToList();
        Assert.Equal(12, secretaries.Count(p => p.GetLong(Props.CivilServicePostYear) >= 2017));

        var promoted = data.Nodes(Labels.Person).Where(p => p.GetBool(Props.PromotedFromVillageSecretary) == true).ToList();
        var leader = Assert.Single(promoted);
        Assert.Contains(data.Rels(RelTypes.Leads), r => r.StartId == leader.Id);

        var cadres = data.Rels(RelTypes.ServesOn).Select(r => r.StartId).ToHashSet();
        var recruited = data.Nodes(Labels.Person).Where(p => p.GetBool(Props.RecruitedByTownshipInstitution) == true).ToList();
        Assert.Equal(3, recruited.Count);
        Assert.All(recruited, p => Assert.Contains(p.Id, cadres));
    }

    [Fact]
    public void AtLeastTenUniversitiesCooperateWithTheCityIncludingTheTwoTheArticleNames()
    {
        var universities = data.Nodes(Labels.University).ToList();
        Assert.True(universities.Count >= 10);
        Assert.Equal(
            universities.Select(u => u.Id).Order(StringComparer.Ordinal),
            data.Rels(RelTypes.CooperatesWith).Where(r => r.EndId == "city:ningguo").Select(r => r.StartId).Order(StringComparer.Ordinal));
        foreach (var name in new[] { "南京林业大学", "安徽科技学院" })
        {
            var real = Assert.Single(universities, u => u.Name == name);
            Assert.NotEqual(true, real.GetBool(Props.Synthetic));
        }

        Assert.All(universities.Where(u => u.Name is not ("南京林业大学" or "安徽科技学院")), u => Assert.True(u.GetBool(Props.Synthetic)));
    }

    [Fact]
    public void ShanmenHas35Groups4587PeopleAGeneralBranchAnd131Members()
    {
        var shanmen = data.Village("山门村");
        Assert.Equal("village:shanmen", shanmen.Id);
        Assert.Equal("GENERAL_BRANCH", shanmen.GetString(Props.BranchType));
        Assert.True(shanmen.GetBool(Props.KeyVillage));
        Assert.Equal("township:gangkou", data.Rels(RelTypes.Oversees).Single(r => r.EndId == shanmen.Id).StartId);
        Assert.Equal(35, data.GroupsOf(shanmen.Id).Count());
        Assert.Equal(4_587, data.HouseholdsOf(shanmen.Id).Sum(h => h.GetLong(Props.Size)));
        Assert.Equal(131, data.MembersOf(shanmen.Id).Count());
    }

    [Fact]
    public void XicunHas330Households1193PeopleAnd56Members()
    {
        var xicun = data.Village("西村村");
        Assert.Equal("village:xicun", xicun.Id);
        Assert.True(xicun.GetBool(Props.KeyVillage));
        var households = data.HouseholdsOf(xicun.Id).ToList();
        Assert.Equal(330, households.Count);
        Assert.Equal(1_193, households.Sum(h => h.GetLong(Props.Size)));
        Assert.Equal(56, data.MembersOf(xicun.Id).Count());
    }

    [Fact]
    public void WuciHas30GroupsAnd124Members()
    {
        var wuci = data.Village("五磁村");
        Assert.Equal(30, data.GroupsOf(wuci.Id).Count());
        Assert.Equal(124, data.MembersOf(wuci.Id).Count());
    }

    [Fact]
    public void ZhongtianHas39Groups1424Households195MembersAnd18CentralHouseholds()
    {
        var zhongtian = data.Village("中田村");
        Assert.Equal("township:zhongxi", data.Rels(RelTypes.Oversees).Single(r => r.EndId == zhongtian.Id).StartId);
        var groups = data.GroupsOf(zhongtian.Id).ToHashSet();
        Assert.Equal(39, groups.Count);
        Assert.Equal(1_424, data.HouseholdsOf(zhongtian.Id).Count());
        Assert.Equal(195, data.MembersOf(zhongtian.Id).Count());
        Assert.Equal(18, data.Rels(RelTypes.Oversees).Count(r => groups.Contains(r.StartId)));
    }

    [Fact]
    public void TaipingIsARealVillageOfGangkou()
    {
        var taiping = data.Village("太平村");
        Assert.NotEqual(true, taiping.GetBool(Props.Synthetic));
        Assert.Equal("township:gangkou", data.Rels(RelTypes.Oversees).Single(r => r.EndId == taiping.Id).StartId);
    }

    [Fact]
    public void OnlyTheNamedVillagesAreNotSynthetic()
    {
        var real = data.Nodes(Labels.Village).Where(v => v.GetBool(Props.Synthetic) != true).Select(v => v.Name).Order();
        Assert.Equal(new[] { "中田村", "五磁村", "太平村", "山门村", "西村村" }.Order(), real);
        Assert.Equal(102, data.Nodes(Labels.Village).Select(v => v.Name).Distinct().Count());
        var keyVillages = data.Nodes(Labels.Village).Count(v => v.GetBool(Props.KeyVillage) == true);
        Assert.InRange(keyVillages, 8, 12);
    }

    [Fact]
    public void EighthBatchDispatchedCadresAreStationedInShanmenAndXicun()
    {
        var stationed = data.Rels(RelTypes.StationedIn).ToList();
        Assert.All(stationed, r => Assert.Equal(8, r.GetLong(Props.Batch)));
        Assert.Contains(stationed, r => r.EndId == "village:shanmen");
        Assert.Contains(stationed, r => r.EndId == "village:xicun");
        Assert.All(stationed, r => Assert.True(data.NodesById[r.EndId].GetBool(Props.KeyVillage)));
    }
}
