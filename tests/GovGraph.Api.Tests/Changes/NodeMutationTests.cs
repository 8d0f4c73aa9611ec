using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Changes;
using Snapshooter.Xunit;
using static GovGraph.Api.Tests.Changes.SmallCounty;

namespace GovGraph.Api.Tests.Changes;

public sealed class NodeMutationTests(SmallCountyFactory factory) : IClassFixture<SmallCountyFactory>
{
    [Fact]
    public async Task CreatingAVillagePlacesItUnderItsTownshipAndReturnsItAtVersionOne()
    {
        var client = factory.CreateClient();
        var before = await factory.LatestCursorAsync();

        var payload = await client.MutateAsync("""
            mutation {
              createVillage(input: { township: "township:xialin", id: "village:dongfeng", name: "东风村", branchType: BRANCH, clientMutationId: "create-dongfeng" }) {
                village { id version name branchType keyVillage township { name } }
                clientMutationId
                errors { code message field }
              }
            }
            """);

        payload.AssertAccepted();
        Assert.Equal("village:dongfeng", payload["village"]!["id"]!.GetValue<string>());
        Assert.Equal(1, payload["village"]!["version"]!.GetValue<int>());
        Assert.Equal("霞林街道", payload["village"]!["township"]!["name"]!.GetValue<string>());
        Assert.Equal("create-dongfeng", payload["clientMutationId"]!.GetValue<string>());
        var events = await factory.EventsAfterAsync(before);
        Assert.Equal([ChangeType.NodeCreated, ChangeType.RelationshipCreated], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal("anonymous", e.Actor));
        Snapshot.Match(payload.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }

    [Theory]
    [InlineData("createTownship", """city: "city:ningguo", name: "新镇", divisionType: TOWN""", City)]
    [InlineData("createPartyGroup", """village: "village:xicun", name: "西村村第二党小组", talkPoint: true""", Xicun)]
    [InlineData("createCentralHousehold", """name: "王芳户", partyGroup: "group:xicun-1" """, XicunGroup)]
    [InlineData("createVillageBody", """village: "village:xicun", name: "西村村村务监督委员会", kind: SUPERVISION_COMMITTEE""", Xicun)]
    [InlineData("createVenue", """owner: "group:shanmen-2", name: "党小组之家", kind: PARTY_GROUP_HOME, builtYear: 2023, investmentYuan: 80000""", ShanmenGroup2)]
    [InlineData("createAgency", """name: "宁国市供电公司", category: ENTERPRISE""", City)]
    [InlineData("createUniversity", """name: "安徽农业大学" """, City)]
    public async Task EveryLabelButTheCityHasItsCreateMutation(string mutation, string input, string placedUnder)
    {
        var label = mutation["create".Length..];

        var payload = await factory.CreateClient().MutateAsync($$"""
            mutation { {{mutation}}(input: { {{input}} }) { node: {{char.ToLowerInvariant(label[0]) + label[1..]}} { id version } errors { code message field } } }
            """);

        var node = payload.AssertAccepted()["node"]!;
        var id = node["id"]!.GetValue<string>();
        Assert.StartsWith(label.ToLowerInvariant() + ":", id, StringComparison.Ordinal);
        Assert.Equal(1, node["version"]!.GetValue<int>());
        Assert.Equal(placedUnder, (await factory.Store.GetAncestorsAsync([id], CancellationToken.None))[id][0]);
    }

    [Fact]
    public async Task CreatingAHouseholdPutsItInItsPartyGroupAndAPersonGetsAGeneratedId()
    {
        var client = factory.CreateClient();

        var household = await client.MutateAsync("""
            mutation { createHousehold(input: { partyGroup: "group:xicun-1", headName: "孙新", size: 3 }) { household { id partyGroup { id } village { id } } errors { code } } }
            """);
        var person = await client.MutateAsync("""
            mutation { createPerson(input: { name: "新党员", partyMember: true, education: BACHELOR }) { person { id partyMember education } errors { code } } }
            """);

        Assert.Equal(XicunGroup, household.AssertAccepted()["household"]!["partyGroup"]!["id"]!.GetValue<string>());
        Assert.Equal(Xicun, household["household"]!["village"]!["id"]!.GetValue<string>());
        Assert.Matches("^person:[0-9a-f]{32}$", person.AssertAccepted()["person"]!["id"]!.GetValue<string>());
        Assert.Equal("BACHELOR", person["person"]!["education"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUpdateRaisesTheVersionAndAStaleOneIsAConflictThatChangesNothing()
    {
        var client = factory.CreateClient();
        const string Update = """
            mutation ($version: Int!, $name: String) {
              updateAgency(input: { id: "agency:forestry", expectedVersion: $version, name: $name }) {
                agency { name version category } errors { code message field }
              }
            }
            """;

        var updated = await client.MutateAsync(Update, new { version = 1, name = "宁国市林业局" });
        var before = await factory.LatestCursorAsync();
        var stale = await client.MutateAsync(Update, new { version = 1, name = "林业局" });

        Assert.Equal((2, "宁国市林业局", "ORGAN"), (
            updated.AssertAccepted()["agency"]!["version"]!.GetValue<int>(),
            updated["agency"]!["name"]!.GetValue<string>(),
            updated["agency"]!["category"]!.GetValue<string>()));
        var conflict = stale.AssertRefused("VERSION_CONFLICT", "expectedVersion");
        Assert.Contains("version 2", conflict["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(stale["agency"]);
        Assert.Equal(before, await factory.LatestCursorAsync());
        var now = await client.PostAsync("""{ node(id: "agency:forestry") { version ... on Agency { name } } }""");
        Assert.Equal((2, "宁国市林业局"), (now.Data["node"]!["version"]!.GetValue<int>(), now.Data["node"]!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task NullClearsAnOptionalPropertyAndOmittedOnesStay()
    {
        var client = factory.CreateClient();
        await client.MutateAsync("""mutation { createHousehold(input: { partyGroup: "group:xicun-1", id: "hh:phone", headName: "钱", size: 2, phone: "139", address: "西村1号" }) { errors { code } } }""");

        var payload = await client.MutateAsync("""
            mutation { updateHousehold(input: { id: "hh:phone", expectedVersion: 1, phone: null, size: 3 }) { household { headName phone size address version } errors { code } } }
            """);

        var household = payload.AssertAccepted()["household"]!;
        Assert.Null(household["phone"]);
        Assert.Equal(("钱", 3, "西村1号", 2), (
            household["headName"]!.GetValue<string>(), household["size"]!.GetValue<int>(), household["address"]!.GetValue<string>(), household["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task DeletingAVillageNeedsCascadeAndACascadeKeepsItsPeople()
    {
        var client = factory.CreateClient();
        await client.MutateAsync("""mutation { createVillage(input: { township: "township:gangkou", id: "village:gone", name: "将撤村", branchType: BRANCH }) { errors { code } } }""");
        await client.MutateAsync("""mutation { createPartyGroup(input: { village: "village:gone", id: "group:gone", name: "将撤组" }) { errors { code } } }""");
        await client.MutateAsync("""mutation { createHousehold(input: { partyGroup: "group:gone", id: "hh:gone", headName: "撤", size: 1 }) { errors { code } } }""");
        await client.MutateAsync("""mutation { createPerson(input: { id: "person:stays", name: "留", partyMember: true }) { errors { code } } }""");
        await client.MutateAsync("""mutation { link(input: { type: MEMBER_OF, from: "person:stays", to: "group:gone" }) { errors { code } } }""");
        await client.MutateAsync("""mutation { linkHousehold(input: { member: "person:stays", household: "hh:gone" }) { errors { code } } }""");
        const string Delete = """
            mutation ($cascade: Boolean!) { deleteNode(input: { id: "village:gone", cascade: $cascade }) { deletedIds errors { code message field } } }
            """;

        var refused = await client.MutateAsync(Delete, new { cascade = false });
        var deleted = await client.MutateAsync(Delete, new { cascade = true });

        refused.AssertRefused("HAS_DEPENDANTS", "cascade");
        Assert.Empty(refused["deletedIds"]!.AsArray());
        Assert.Equal(["hh:gone", "group:gone", "village:gone"], deleted.AssertAccepted()["deletedIds"]!.AsArray().Select(i => i!.GetValue<string>()));
        var after = await client.PostAsync("""
            { gone: node(id: "village:gone") { id } stays: node(id: "person:stays") { id ... on Person { partyGroup { id } linkedHouseholds { totalCount } } } }
            """);
        Assert.Null(after.Data["gone"]);
        Assert.Equal(0, after.Data["stays"]!["linkedHouseholds"]!["totalCount"]!.GetValue<int>());
        Assert.Null(after.Data["stays"]!["partyGroup"]);
    }

    [Fact]
    public async Task TheCityCanBeRenamedButNotDeleted()
    {
        var client = factory.CreateClient();

        var deleted = await client.MutateAsync("""mutation { deleteNode(input: { id: "city:ningguo", cascade: true }) { deletedIds errors { code field } } }""");
        var renamed = await client.MutateAsync("""mutation { updateCity(input: { id: "city:ningguo", expectedVersion: 1, name: "中共宁国市委" }) { city { name version } errors { code } } }""");

        deleted.AssertRefused("NOT_ALLOWED", "id");
        Assert.Equal("中共宁国市委", renamed.AssertAccepted()["city"]!["name"]!.GetValue<string>());
    }
}
