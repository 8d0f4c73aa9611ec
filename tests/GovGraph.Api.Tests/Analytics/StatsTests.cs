using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Model;
using GovGraph.Storage.Seeding;

namespace GovGraph.Api.Tests.Analytics;

[Collection(SeededCollection.Name)]
public sealed class StatsTests(SeededFactory factory)
{
    [Fact]
    public async Task StatsReproducesEveryFigureOfTheDomainTable()
    {
        var response = await factory.CreateClient().PostAsync("""
            { stats {
                townshipUnits electedTownships villages instructors pairedAgencies
                townshipLeaders townshipLeadersWithDegree townshipLeadersPostgraduate
                villageCadres localTalents newVillageVenues newVillageVenueInvestmentYuan partyGroupVenues
                secretaryCivilServicePosts secretariesPromoted cadresRecruitedByTownshipInstitutions
                partnerUniversities households partyMembers } }
            """);

        var stats = response.AssertNoErrors().Data["stats"]!;
        int Figure(string name) => stats[name]!.GetValue<int>();
        Assert.Equal(19, Figure("townshipUnits"));
        Assert.Equal(13, Figure("electedTownships"));
        Assert.Equal(102, Figure("villages"));
        Assert.Equal(117, Figure("instructors"));
        Assert.Equal(102, Figure("pairedAgencies"));
        Assert.Equal(141, Figure("townshipLeaders"));
        Assert.Equal(118, Figure("townshipLeadersWithDegree"));
        Assert.Equal(37, Figure("townshipLeadersPostgraduate"));
        Assert.Equal(571, Figure("villageCadres"));
        Assert.Equal(102, Figure("localTalents"));
        Assert.Equal(14, Figure("newVillageVenues"));
        Assert.Equal(6_600_000d, stats["newVillageVenueInvestmentYuan"]!.GetValue<double>());
        Assert.True(Figure("partyGroupVenues") >= 200);
        Assert.Equal(12, Figure("secretaryCivilServicePosts"));
        Assert.Equal(1, Figure("secretariesPromoted"));
        Assert.Equal(3, Figure("cadresRecruitedByTownshipInstitutions"));
        Assert.True(Figure("partnerUniversities") >= 10);
        Assert.InRange(Figure("households"), 80_000, 100_000);

        // Households and members have no table figure: count them independently from the generated dataset.
        var generated = NingguoGenerator.Generate().CreateNodes;
        Assert.Equal(generated.Count(n => n.Label == Labels.Household), Figure("households"));
        Assert.Equal(generated.Count(n => n.Label == Labels.Person && n.GetBool(Props.PartyMember) == true), Figure("partyMembers"));
    }
}
