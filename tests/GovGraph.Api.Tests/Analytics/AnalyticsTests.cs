using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Model;

namespace GovGraph.Api.Tests.Analytics;

[Collection(SeededCollection.Name)]
public sealed class AnalyticsTests(SeededFactory factory)
{
    private static SeededFacts.Facts Facts => SeededFacts.Get;

    [Fact]
    public async Task UnassignedHouseholdsUnderATownshipMatchADirectCount()
    {
        var response = await factory.CreateClient().PostAsync("""
            { unassignedHouseholds(under: "township:gangkou", first: 100) {
                totalCount nodes { id linkedMember { id } village { township { id } } partyGroup { id } } }
              all: unassignedHouseholds { totalCount } }
            """, trace: true);

        var data = response.AssertNoErrors().Data;
        var page = data["unassignedHouseholds"]!;
        Assert.Equal(Facts.UnassignedUnder("township:gangkou"), page["totalCount"]!.GetValue<int>());
        Assert.Equal(Facts.UnassignedUnder("city:ningguo"), data["all"]!["totalCount"]!.GetValue<int>());
        Assert.All(page["nodes"]!.AsArray(), h =>
        {
            Assert.Null(h!["linkedMember"]);
            Assert.Equal("township:gangkou", h["village"]!["township"]!["id"]!.GetValue<string>());
            Assert.Equal(Facts.GroupOfHousehold[h["id"]!.GetValue<string>()], h["partyGroup"]!["id"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task CoverageOfTheCityAddsUpAcrossItsTownships()
    {
        var response = await factory.CreateClient().PostAsync("""
            { coverage(under: "city:ningguo") {
                unit { id } households linked unassigned ratio members centralHouseholds householdsPerMember { avg max }
                byChild(orderBy: { field: UNASSIGNED, direction: DESC }) { unit { id } households linked unassigned members centralHouseholds } } }
            """);

        var coverage = response.AssertNoErrors().Data["coverage"]!;
        int Figure(string name) => coverage[name]!.GetValue<int>();
        var households = Facts.HouseholdsUnder("city:ningguo");
        Assert.Equal(households.Count, Figure("households"));
        Assert.Equal(households.Count(Facts.Linked.Contains), Figure("linked"));
        Assert.Equal(Facts.UnassignedUnder("city:ningguo"), Figure("unassigned"));
        Assert.Equal((double)Figure("linked") / Figure("households"), coverage["ratio"]!.GetValue<double>(), 9);
        Assert.Equal(Facts.OfLabel(Labels.CentralHousehold).Count(), Figure("centralHouseholds"));
        var linksPerMember = Facts.Current.Where(r => r.Type == RelTypes.Links).GroupBy(r => r.StartId).Select(g => g.Count()).ToList();
        Assert.Equal(linksPerMember.Max(), coverage["householdsPerMember"]!["max"]!.GetValue<int>());
        Assert.Equal(linksPerMember.Average(), coverage["householdsPerMember"]!["avg"]!.GetValue<double>(), 6);

        var children = coverage["byChild"]!.AsArray();
        Assert.Equal(19, children.Count);
        foreach (var name in new[] { "households", "linked", "unassigned", "centralHouseholds" })
        {
            Assert.Equal(Figure(name), children.Sum(c => c![name]!.GetValue<int>()));
        }

        var unassigned = children.Select(c => c!["unassigned"]!.GetValue<int>()).ToList();
        Assert.Equal(unassigned.OrderDescending(), unassigned);
        Assert.All(children, c => Assert.Equal(Facts.UnassignedUnder(c!["unit"]!["id"]!.GetValue<string>()), c["unassigned"]!.GetValue<int>()));
    }

    [Fact]
    public async Task CoverageOfAnUnknownUnitIsNullAndOfAHouseholdIsRefused()
    {
        var household = Facts.GroupOfHousehold.Keys.First();
        var response = await factory.CreateClient().PostAsync("""
            query ($h: ID!) { unknown: coverage(under: "village:none") { households } household: coverage(under: $h) { households } }
            """, new { h = household });

        Assert.Null(response.Body["data"]!["unknown"]);
        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task GapsFindOverloadedMembersAndThinCentralHouseholdsByThreshold()
    {
        var response = await factory.CreateClient().PostAsync("""
            { defaults: gaps { villagesWithoutPairedAgency { totalCount } villagesWithoutInstructor { totalCount }
                               townshipsWithoutContact { totalCount } overloadedMembers { totalCount } thinCentralHouseholds { totalCount } }
              strict: gaps(maxHouseholdsPerMember: 15, minAttachedMembers: 10) {
                overloadedMembers(first: 1) { totalCount nodes { linkedHouseholds { totalCount } } }
                thinCentralHouseholds { totalCount } }
              township: gaps(under: "township:gangkou", maxHouseholdsPerMember: 15) { overloadedMembers { totalCount } } }
            """);

        var data = response.AssertNoErrors().Data;
        foreach (var gap in new[] { "villagesWithoutPairedAgency", "villagesWithoutInstructor", "townshipsWithoutContact", "overloadedMembers", "thinCentralHouseholds" })
        {
            // The seeded county has no gaps at the default thresholds.
            Assert.Equal(0, data["defaults"]![gap]!["totalCount"]!.GetValue<int>());
        }

        var links = Facts.Current.Where(r => r.Type == RelTypes.Links).GroupBy(r => r.StartId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(links.Count(p => p.Value > 15), data["strict"]!["overloadedMembers"]!["totalCount"]!.GetValue<int>());
        Assert.True(data["strict"]!["overloadedMembers"]!["nodes"]![0]!["linkedHouseholds"]!["totalCount"]!.GetValue<int>() > 15);
        var attached = Facts.Current.Where(r => r.Type == RelTypes.AttachedTo).GroupBy(r => r.EndId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(
            Facts.OfLabel(Labels.CentralHousehold).Count(c => attached.GetValueOrDefault(c.Id) < 10),
            data["strict"]!["thinCentralHouseholds"]!["totalCount"]!.GetValue<int>());
        var members = Facts.Current.Where(r => r.Type == RelTypes.MemberOf).ToDictionary(r => r.StartId, r => r.EndId);
        var gangkouGroups = Facts.UnitsUnder("township:gangkou").ToHashSet();
        Assert.Equal(
            links.Count(p => p.Value > 15 && members.TryGetValue(p.Key, out var g) && gangkouGroups.Contains(g)),
            data["township"]!["overloadedMembers"]!["totalCount"]!.GetValue<int>());
    }
}
