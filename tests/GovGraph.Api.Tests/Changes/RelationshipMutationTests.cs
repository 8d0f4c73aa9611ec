using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Changes;
using static GovGraph.Api.Tests.Changes.SmallCounty;

namespace GovGraph.Api.Tests.Changes;

public sealed class RelationshipMutationTests(SmallCountyFactory factory) : IClassFixture<SmallCountyFactory>
{
    private const string Relationship = "relationship { id type startId endId since until batch start { id } end { id } } clientMutationId errors { code message field }";

    private static string Today => DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task LinkingAHouseholdMakesTheMemberResponsibleFromToday()
    {
        var client = factory.CreateClient();
        var before = await factory.LatestCursorAsync();

        var payload = await client.MutateAsync($$"""mutation { linkHousehold(input: { member: "person:chen", household: "hh:3" }) { {{Relationship}} } }""");

        var relationship = payload.AssertAccepted()["relationship"]!;
        Assert.Equal(("LINKS", Chen, Household(3), Today), (
            relationship["type"]!.GetValue<string>(), relationship["start"]!["id"]!.GetValue<string>(),
            relationship["end"]!["id"]!.GetValue<string>(), relationship["since"]!.GetValue<string>()));
        var linked = Assert.Single(await factory.EventsAfterAsync(before));
        Assert.Equal(ChangeType.RelationshipCreated, linked.Type);
        Assert.Contains(ShanmenGroup2, linked.Scope);
        var household = await client.PostAsync("""{ node(id: "hh:3") { ... on Household { linkedMember { id } } } }""");
        Assert.Equal(Chen, household.Data["node"]!["linkedMember"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnlinkingAHouseholdKeepsTheHistoryThatAsOfReads()
    {
        var client = factory.CreateClient();

        var payload = await client.MutateAsync($$"""mutation { unlinkHousehold(input: { member: "person:li", household: "hh:1" }) { {{Relationship}} } }""");

        Assert.Equal(("r:li-links-1", Today), (
            payload.AssertAccepted()["relationship"]!["id"]!.GetValue<string>(), payload["relationship"]!["until"]!.GetValue<string>()));
        var household = await client.PostAsync("""
            { node(id: "hh:1") { ... on Household { now: linkedMember { id } then: linkedMember(asOf: "2024-01-01") { id } } } }
            """);
        Assert.Null(household.Data["node"]!["now"]);
        Assert.Equal(Li, household.Data["node"]!["then"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ALinkSentAgainWithItsClientMutationIdIsTheSameLinkAndWithoutItIsHouseholdAlreadyLinked()
    {
        var client = factory.CreateClient();
        await client.MutateAsync("""mutation { createHousehold(input: { partyGroup: "group:shanmen-2", id: "hh:again", headName: "再", size: 2 }) { errors { code } } }""");
        const string Link = """linkHousehold(input: { member: "person:chen", household: "hh:again", clientMutationId: "ui-42" })""";
        var before = await factory.LatestCursorAsync();

        var first = await client.MutateAsync($$"""mutation { {{Link}} { {{Relationship}} } }""");
        var repeated = await client.MutateAsync($$"""mutation { {{Link}} { {{Relationship}} } }""");
        var withoutId = await client.MutateAsync($$"""mutation { linkHousehold(input: { member: "person:chen", household: "hh:again" }) { {{Relationship}} } }""");

        Assert.Equal(first.AssertAccepted()["relationship"]!["id"]!.GetValue<string>(), repeated.AssertAccepted()["relationship"]!["id"]!.GetValue<string>());
        Assert.Equal("ui-42", repeated["clientMutationId"]!.GetValue<string>());
        var error = withoutId.AssertRefused("HOUSEHOLD_ALREADY_LINKED", "household");
        Assert.Contains("hh:again", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(await factory.EventsAfterAsync(before));
    }

    [Fact]
    public async Task OfConcurrentAttemptsToLinkOneHouseholdExactlyOneWins()
    {
        var client = factory.CreateClient();
        await client.MutateAsync("""mutation { createHousehold(input: { partyGroup: "group:shanmen-2", id: "hh:race", headName: "抢", size: 2 }) { errors { code } } }""");
        var before = await factory.LatestCursorAsync();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.MutateAsync(
            "mutation ($member: ID!) { linkHousehold(input: { member: $member, household: \"hh:race\" }) { relationship { id } errors { code } } }",
            new { member = i % 2 == 0 ? Li : Chen })));

        Assert.Single(attempts, a => a.ErrorCodes().Count == 0);
        Assert.All(attempts.Where(a => a.ErrorCodes().Count > 0),
            a => Assert.Equal("HOUSEHOLD_ALREADY_LINKED", Assert.Single(a.ErrorCodes())));
        Assert.Single(await factory.EventsAfterAsync(before));
    }

    [Fact]
    public async Task AgenciesArePairedAndUnpaired()
    {
        var client = factory.CreateClient();

        var paired = await client.MutateAsync($$"""mutation { pairAgency(input: { agency: "agency:forestry", village: "village:xicun", since: "2024-05-01" }) { {{Relationship}} } }""");
        var unpaired = await client.MutateAsync($$"""mutation { unpairAgency(input: { agency: "agency:forestry", village: "village:xicun" }) { {{Relationship}} } }""");

        Assert.Equal("2024-05-01", paired.AssertAccepted()["relationship"]!["since"]!.GetValue<string>());
        Assert.Equal(Today, unpaired.AssertAccepted()["relationship"]!["until"]!.GetValue<string>());
        var village = await client.PostAsync("""
            { node(id: "village:xicun") { ... on Village { now: pairedAgencies { totalCount } then: pairedAgencies(asOf: "2025-01-01") { nodes { id } } } } }
            """);
        Assert.Equal(0, village.Data["node"]!["now"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(Forestry, village.Data["node"]!["then"]!["nodes"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AssigningAContactReassignsTheLeaderInOneChange()
    {
        var client = factory.CreateClient();
        var before = await factory.LatestCursorAsync();

        var payload = await client.MutateAsync($$"""mutation { assignContact(input: { leader: "person:leader", township: "township:xialin" }) { {{Relationship}} } }""");

        Assert.Equal(Xialin, payload.AssertAccepted()["relationship"]!["endId"]!.GetValue<string>());
        var events = await factory.EventsAfterAsync(before);
        Assert.Equal([(ChangeType.RelationshipDeleted, Gangkou), (ChangeType.RelationshipCreated, Xialin)], events.Select(e => (e.Type, e.Relationship!.EndId)));
        Assert.Single(events.Select(e => e.CommitId).Distinct());
        var leader = await client.PostAsync("""{ node(id: "person:leader") { ... on Person { contactedTownship { id } } } }""");
        Assert.Equal(Xialin, leader.Data["node"]!["contactedTownship"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task InstructorsCadresAndAttachedMembersAreAssigned()
    {
        var client = factory.CreateClient();

        var instructor = await client.MutateAsync($$"""mutation { assignInstructor(input: { instructor: "person:zhao", village: "village:shanmen" }) { {{Relationship}} } }""");
        var cadre = await client.MutateAsync($$"""mutation { stationCadre(input: { cadre: "person:zhao", village: "village:xicun", batch: 9, title: "第一书记" }) { {{Relationship}} } }""");
        var attached = await client.MutateAsync($$"""mutation { attachMember(input: { member: "person:chen", centralHousehold: "ch:shanmen-1" }) { {{Relationship}} } }""");

        Assert.Equal("INSTRUCTS", instructor.AssertAccepted()["relationship"]!["type"]!.GetValue<string>());
        Assert.Equal(9, cadre.AssertAccepted()["relationship"]!["batch"]!.GetValue<int>());
        Assert.Equal("ATTACHED_TO", attached.AssertAccepted()["relationship"]!["type"]!.GetValue<string>());
        var village = await client.PostAsync("""
            { node(id: "village:xicun") { ... on Village { dispatchedCadres { edges { node { id } relationship { batch title } } } } } }
            """);
        var edge = village.Data["node"]!["dispatchedCadres"]!["edges"]![0]!;
        Assert.Equal((Zhao, 9, "第一书记"), (
            edge["node"]!["id"]!.GetValue<string>(), edge["relationship"]!["batch"]!.GetValue<int>(), edge["relationship"]!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MovingAHouseholdPutsItUnderTheOtherGroup()
    {
        var client = factory.CreateClient();

        var payload = await client.MutateAsync($$"""mutation { moveHousehold(input: { household: "hh:2", partyGroup: "group:shanmen-2" }) { {{Relationship}} } }""");

        Assert.Equal(ShanmenGroup2, payload.AssertAccepted()["relationship"]!["startId"]!.GetValue<string>());
        var household = await client.PostAsync("""{ node(id: "hh:2") { ... on Household { partyGroup { id } then: partyGroup(asOf: "2024-01-01") { id } } } }""");
        Assert.Equal(ShanmenGroup2, household.Data["node"]!["partyGroup"]!["id"]!.GetValue<string>());
        Assert.Equal(ShanmenGroup1, household.Data["node"]!["then"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheGenericLinkAndUnlinkTakeAnyTypeWithItsProperties()
    {
        var client = factory.CreateClient();

        var linked = await client.MutateAsync($$"""
            mutation { link(input: { type: SERVES_ON, from: "person:wang", to: "village:xicun", properties: { committee: "PARTY", title: "委员" } }) { {{Relationship}} } }
            """);
        var unlinked = await client.MutateAsync($$"""mutation { unlink(input: { type: SERVES_ON, from: "person:wang", to: "village:xicun" }) { {{Relationship}} } }""");

        Assert.Equal("SERVES_ON", linked.AssertAccepted()["relationship"]!["type"]!.GetValue<string>());
        Assert.Equal(Today, unlinked.AssertAccepted()["relationship"]!["until"]!.GetValue<string>());
    }
}
