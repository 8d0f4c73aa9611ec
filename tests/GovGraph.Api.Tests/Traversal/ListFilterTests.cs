using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Model;

namespace GovGraph.Api.Tests.Traversal;

[Collection(SeededCollection.Name)]
public sealed class ListFilterTests(SeededFactory factory)
{
    private static SeededFacts.Facts Facts => SeededFacts.Get;

    [Fact]
    public async Task VillagesFilterByKeyVillageAndName()
    {
        var response = await factory.CreateClient().PostAsync("""
            { node(id: "township:gangkou") { ... on Township {
                key: villages(where: { keyVillage: true }) { totalCount nodes { keyVillage } }
                named: villages(where: { nameContains: "山门" }) { totalCount nodes { name } } } } }
            """);

        var township = response.AssertNoErrors().Data["node"]!;
        var expectedKey = Facts.Children["township:gangkou"].Count(v => Facts.Nodes[v].GetBool(Props.KeyVillage) == true);
        Assert.Equal(expectedKey, township["key"]!["totalCount"]!.GetValue<int>());
        Assert.All(township["key"]!["nodes"]!.AsArray(), v => Assert.True(v!["keyVillage"]!.GetValue<bool>()));
        Assert.Equal("山门村", Assert.Single(township["named"]!["nodes"]!.AsArray())!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task TownshipsFilterByDivisionTypeAndSortByName()
    {
        var response = await factory.CreateClient().PostAsync("""
            { streets: townships(where: { divisionType: STREET }) { name }
              sorted: townships(orderBy: { field: NAME, direction: DESC }) { name } }
            """);

        var data = response.AssertNoErrors().Data;
        Assert.Equal(6, data["streets"]!.AsArray().Count);
        var names = data["sorted"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal).Reverse(), names);
    }

    [Fact]
    public async Task TownshipsSortByUnassignedHouseholds()
    {
        var response = await factory.CreateClient().PostAsync("""
            { city { townships(first: 100, orderBy: { field: UNASSIGNED_HOUSEHOLDS, direction: DESC }) { nodes { id } } } }
            """);

        var ids = response.AssertNoErrors().Data["city"]!["townships"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        var counts = ids.Select(Facts.UnassignedUnder).ToList();
        Assert.Equal(19, ids.Count);
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal(Facts.OfLabel(Labels.Township).Max(t => Facts.UnassignedUnder(t.Id)), counts[0]);
    }

    [Fact]
    public async Task MembersFilterByPartyMembershipAndSortByLinkedHouseholds()
    {
        var response = await factory.CreateClient().PostAsync("""
            { node(id: "village:xicun") { ... on Village { partyGroups(first: 1) { nodes {
                members(where: { partyMember: true }, orderBy: { field: LINKED_HOUSEHOLDS, direction: DESC }) {
                  totalCount nodes { partyMember linkedHouseholds { totalCount } } } } } } } }
            """);

        var members = response.AssertNoErrors().Data["node"]!["partyGroups"]!["nodes"]![0]!["members"]!;
        var links = members["nodes"]!.AsArray().Select(m => m!["linkedHouseholds"]!["totalCount"]!.GetValue<int>()).ToList();
        Assert.Equal(links.OrderDescending(), links);
        Assert.All(members["nodes"]!.AsArray(), m => Assert.True(m!["partyMember"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task HouseholdsFilterByUnassigned()
    {
        var group = Facts.GroupOfHousehold.First(p => !Facts.Linked.Contains(p.Key)).Value;
        var response = await factory.CreateClient().PostAsync("""
            query ($g: ID!) { node(id: $g) { ... on PartyGroup { households(where: { unassigned: true }) { totalCount nodes { linkedMember { id } } } } } }
            """, new { g = group });

        var households = response.AssertNoErrors().Data["node"]!["households"]!;
        var expected = Facts.GroupOfHousehold.Count(p => p.Value == group && !Facts.Linked.Contains(p.Key));
        Assert.Equal(expected, households["totalCount"]!.GetValue<int>());
        Assert.All(households["nodes"]!.AsArray(), h => Assert.Null(h!["linkedMember"]));
    }

    [Fact]
    public async Task AsOfShowsWhoContactedATownshipOnADate()
    {
        var ended = Facts.Relationships.Single(r => r.Type == RelTypes.Contacts && r.GetString(Props.Until) is not null);
        var response = await factory.CreateClient().PostAsync("""
            query ($t: ID!) { node(id: $t) { ... on Township {
                before: contactLeaders(asOf: "2020-05-01") { nodes { id } }
                now: contactLeaders { nodes { id } } } } }
            """, new { t = ended.EndId });

        var township = response.AssertNoErrors().Data["node"]!;
        Assert.Contains(township["before"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == ended.StartId);
        Assert.DoesNotContain(township["now"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == ended.StartId);
    }

    [Fact]
    public async Task PagingPastFiveHundredIsAClearError()
    {
        var response = await factory.CreateClient().PostAsync("""{ unassignedHouseholds(first: 1000) { totalCount } }""");

        Assert.Equal(["PAGE_SIZE_TOO_LARGE"], response.ErrorCodes);
    }
}
