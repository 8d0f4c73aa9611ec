using System.Text;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Storage.Interchange;

namespace GovGraph.Api.Tests.Changes;

/// <summary>
/// Every rule through HTTP: a refused mutation answers 200 with its code and field in the payload, a null
/// result, and changes neither the graph nor the change log.
/// </summary>
public sealed class MutationRuleTests(SmallCountyFactory factory) : IClassFixture<SmallCountyFactory>
{
    public static TheoryData<string, string, string?> Refusals => new()
    {
        { """linkHousehold(input: { member: "person:chen", household: "hh:1" })""", "HOUSEHOLD_ALREADY_LINKED", "household" },
        { """linkHousehold(input: { member: "person:wang", household: "hh:2" })""", "HOUSEHOLD_OUTSIDE_MEMBER_VILLAGE", "household" },
        { """linkHousehold(input: { member: "person:zhao", household: "hh:2" })""", "NOT_A_PARTY_MEMBER", "member" },
        { """attachMember(input: { member: "person:zhao", centralHousehold: "ch:shanmen-1" })""", "NOT_A_PARTY_MEMBER", "member" },
        { """linkHousehold(input: { member: "person:li", household: "hh:1" })""", "HOUSEHOLD_ALREADY_LINKED", "household" },
        { """moveHousehold(input: { household: "hh:1", partyGroup: "group:shanmen-1" })""", "RELATIONSHIP_EXISTS", "household" },
        { """link(input: { type: COVERS, from: "group:xicun-1", to: "hh:1" })""", "HOUSEHOLD_ALREADY_COVERED", "to" },
        { """unlink(input: { type: COVERS, from: "group:shanmen-1", to: "hh:1" })""", "HOUSEHOLD_NEEDS_GROUP", "to" },
        { """moveHousehold(input: { household: "hh:1", partyGroup: "group:xicun-1" })""", "HOUSEHOLD_OUTSIDE_MEMBER_VILLAGE", "partyGroup" },
        { """link(input: { type: CONTACTS, from: "person:leader", to: "township:xialin" })""", "LEADER_ALREADY_CONTACTS", "from" },
        { """link(input: { type: OVERSEES, from: "township:xialin", to: "village:shanmen" })""", "UNIT_ALREADY_OVERSEEN", "to" },
        { """link(input: { type: OVERSEES, from: "city:ningguo", to: "village:shanmen" })""", "RELATIONSHIP_NOT_ALLOWED", "to" },
        { """link(input: { type: LINKS, from: "person:chen", to: "hh:2", properties: { batch: 3 } })""", "INVALID_INPUT", "properties.batch" },
        { """unpairAgency(input: { agency: "agency:forestry", village: "village:xicun" })""", "RELATIONSHIP_NOT_FOUND", "village" },
        { """pairAgency(input: { agency: "person:li", village: "village:xicun" })""", "WRONG_LABEL", "agency" },
        { """assignInstructor(input: { instructor: "person:nobody", village: "village:shanmen" })""", "NODE_NOT_FOUND", "instructor" },
        { """stationCadre(input: { cadre: "person:zhao", village: "village:xicun", batch: 0 })""", "INVALID_INPUT", "batch" },
        { """createHousehold(input: { partyGroup: "group:xicun-1", headName: "孙", size: 0 })""", "INVALID_INPUT", "size" },
        { """createHousehold(input: { partyGroup: "village:xicun", headName: "孙", size: 2 })""", "WRONG_LABEL", "partyGroup" },
        { """createPerson(input: { id: "   ", name: "无名" })""", "INVALID_ID", "id" },
        { """createPerson(input: { id: "person:li", name: "又一个李明" })""", "DUPLICATE_ID", "id" },
        { """createPerson(input: { name: "无名", clientMutationId: "" })""", "INVALID_INPUT", "clientMutationId" },
        { """updateVillage(input: { id: "village:shanmen", expectedVersion: 7, name: "新山门村" })""", "VERSION_CONFLICT", "expectedVersion" },
        { """updateVillage(input: { id: "hh:1", expectedVersion: 1, name: "新山门村" })""", "WRONG_LABEL", "id" },
        { """updateVillage(input: { id: "village:shanmen", expectedVersion: 1, name: "" })""", "INVALID_INPUT", "name" },
        { """deleteNode(input: { id: "village:xicun" })""", "HAS_DEPENDANTS", "cascade" },
        { """deleteNode(input: { id: "city:ningguo", cascade: true })""", "NOT_ALLOWED", "id" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ARefusedMutationAnswersWithItsCodeAndChangesNothing(string mutation, string code, string? field)
    {
        var before = await StateAsync();

        var payload = await factory.CreateClient().MutateAsync($$"""mutation { {{mutation}} { __typename errors { code message field } } }""");

        var error = payload.AssertRefused(code, field);
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
        Assert.Equal(before, await StateAsync());
    }

    [Theory]
    [InlineData("""createVillage(input: { township: "township:xialin", name: "缺支部类型村" }) { errors { code } }""")]
    [InlineData("""createVillage(input: { township: "township:xialin", name: "村", branchType: CLUB }) { errors { code } }""")]
    [InlineData("""createHousehold(input: { partyGroup: "group:xicun-1", headName: "孙", size: "three" }) { errors { code } }""")]
    [InlineData("""link(input: { type: LIKES, from: "person:li", to: "hh:2" }) { errors { code } }""")]
    [InlineData("""updateVillage(input: { id: "village:shanmen", name: "没有版本" }) { errors { code } }""")]
    [InlineData("""createPerson(input: { name: "多余", size: 3 }) { errors { code } }""")]
    public async Task MalformedInputIsAValidationErrorNeverAServerError(string mutation)
    {
        var before = await StateAsync();

        var response = await factory.CreateClient().PostAsync($"mutation {{ {mutation} }}");

        Assert.Equal(400, response.StatusCode);
        Assert.NotEmpty(response.ErrorCodes);
        Assert.DoesNotContain("INTERNAL_ERROR", response.ErrorCodes);
        Assert.Equal(before, await StateAsync());
    }

    private async Task<(long Latest, string Graph)> StateAsync()
    {
        using var output = new MemoryStream();
        await ApocJsonWriter.WriteAsync(factory.Store, output, null, CancellationToken.None);
        return (await factory.LatestCursorAsync(), Encoding.UTF8.GetString(output.ToArray()));
    }
}
