using System.Text;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Model;
using static GovGraph.Api.Tests.Security.ScopeFixture;

namespace GovGraph.Api.Tests.Security;

/// <summary>Personal data shows unmasked only to analysts and above with the pii claim; for everyone else it is masked everywhere.</summary>
[Collection(SecuredCollection.Name)]
public sealed class MaskingTests(SecuredFactory factory)
{
    private static readonly GraphNode Household = SeededFacts.Get.Nodes[SeededFacts.Get.OfLabel(Labels.Household)
        .First(h => h.GetString(Props.Phone) is not null && h.GetString(Props.HeadName)!.Length >= 2).Id];

    [Theory]
    [InlineData("viewer", false, false)]
    [InlineData("viewer", true, false)]
    [InlineData("analyst", false, false)]
    [InlineData("analyst", true, true)]
    [InlineData("editor", false, false)]
    [InlineData("editor", true, true)]
    [InlineData("admin", false, false)]
    [InlineData("admin", true, true)]
    public async Task HouseholdsPersonalFieldsAreMaskedUnlessAnalystOrAboveWithPii(string role, bool pii, bool plain)
    {
        var data = (await factory.ClientFor(role, pii: pii).PostAsync(
            "query ($id: ID!) { node(id: $id) { ... on Household { headName phone size } } viewer { seesPersonalData } }",
            new { id = Household.Id })).AssertNoErrors().Data;

        var name = Household.GetString(Props.HeadName)!;
        var phone = Household.GetString(Props.Phone)!;
        Assert.Equal(plain ? name : name[..1] + new string('*', name.Length - 1), data["node"]!["headName"]!.GetValue<string>());
        Assert.Equal(plain ? phone : phone[..3] + "****" + phone[^4..], data["node"]!["phone"]!.GetValue<string>());
        Assert.Equal(Household.GetLong(Props.Size), data["node"]!["size"]!.GetValue<long>());
        Assert.Equal(plain, data["viewer"]!["seesPersonalData"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("viewer", true, false)]
    [InlineData("analyst", false, false)]
    [InlineData("analyst", true, true)]
    [InlineData("editor", true, true)]
    public async Task ACasesDescriptionIsMaskedUnlessAnalystOrAboveWithPiiWhileItsCategoryAndNotesStay(string role, bool pii, bool plain)
    {
        var request = SeededFacts.Get.OfLabel(Labels.ServiceRequest).First(r => r.GetString(Props.ResolutionNote) is not null);

        var data = (await factory.ClientFor(role, pii: pii).PostAsync(
            "query ($id: ID!) { node(id: $id) { ... on ServiceRequest { description category resolutionNote } } }",
            new { id = request.Id })).AssertNoErrors().Data["node"]!;

        Assert.Equal(plain ? request.GetString(Props.Description) : PersonalData.MaskedText, data["description"]!.GetValue<string>());
        Assert.Equal(request.GetString(Props.Category), data["category"]!.GetValue<string>());
        Assert.Equal(request.GetString(Props.ResolutionNote), data["resolutionNote"]!.GetValue<string>());
    }

    [Fact]
    public async Task AMaskedCallerMayNotFilterOrSortHouseholdsByName()
    {
        var client = factory.ClientFor("viewer", pii: true);
        var group = SeededFacts.Get.GroupOfHousehold[Household.Id];
        var filtered = await client.PostAsync(
            "query ($g: ID!, $n: String!) { node(id: $g) { ... on PartyGroup { households(where: { nameContains: $n }) { totalCount } } } }",
            new { g = group, n = Household.GetString(Props.HeadName) });
        var sorted = await client.PostAsync(
            "query ($g: ID!) { node(id: $g) { ... on PartyGroup { households(orderBy: { field: NAME }) { totalCount } } } }", new { g = group });
        var searched = await client.PostAsync(
            "query ($n: String!) { search(text: $n, labels: [\"Household\"]) { totalCount } }", new { n = Household.GetString(Props.HeadName) });

        Assert.Equal(["PERSONAL_DATA_HIDDEN"], filtered.ErrorCodes);
        Assert.Equal(["PERSONAL_DATA_HIDDEN"], sorted.ErrorCodes);
        Assert.Equal(["PERSONAL_DATA_HIDDEN"], searched.ErrorCodes);
    }

    [Fact]
    public async Task SearchLeavesHouseholdsOutForAMaskedCallerAndFindsThemForOneWhoSeesPersonalData()
    {
        const string Query = "query ($n: String!) { search(text: $n, first: 500) { nodes { id } } }";
        var name = Household.GetString(Props.HeadName)!;

        var masked = (await factory.ClientFor("viewer").PostAsync(Query, new { n = name })).AssertNoErrors().Data;
        var plain = (await factory.ClientFor("analyst", pii: true).PostAsync(Query, new { n = name })).AssertNoErrors().Data;

        Assert.DoesNotContain(masked["search"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == Household.Id);
        Assert.Contains(plain["search"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == Household.Id);
    }

    [Fact]
    public async Task TheUnassignedHouseholdsCsvIsMaskedForAMaskedCaller()
    {
        var unassigned = SeededFacts.Get.HouseholdsUnder(VillageInside)
            .Select(id => SeededFacts.Get.Nodes[id])
            .First(h => !SeededFacts.Get.Linked.Contains(h.Id));
        var masked = await CsvRowAsync(factory.ClientFor("viewer"), unassigned.Id);
        var plain = await CsvRowAsync(factory.ClientFor("analyst", pii: true), unassigned.Id);

        var name = unassigned.GetString(Props.HeadName)!;
        Assert.Equal(name, plain[1]);
        Assert.Equal(name[..1] + new string('*', name.Length - 1), masked[1]);
    }

    [Fact]
    public async Task TheUnassignedHouseholdsXlsxIsMaskedExactlyAsTheCsv()
    {
        var unassigned = SeededFacts.Get.HouseholdsUnder(VillageInside).First(h => !SeededFacts.Get.Linked.Contains(h));
        foreach (var client in new[] { factory.ClientFor("viewer"), factory.ClientFor("analyst", pii: true) })
        {
            var csv = await CsvRowAsync(client, unassigned);
            var sheet = Analytics.XlsxSheet.Read(await client.GetByteArrayAsync($"/export/unassigned-households.xlsx?under={VillageInside}"));
            var row = Enumerable.Range(1, sheet.Rows.Count - 1).Single(r => sheet.Cell(r, "householdId")!.Text == unassigned);

            Assert.Equal(csv, sheet.Headers.Select(h => sheet.Cell(row, h)?.Text ?? ""));
        }

        var masked = Analytics.XlsxSheet.Read(await factory.ClientFor("viewer").GetByteArrayAsync($"/export/unassigned-households.xlsx?under={VillageInside}"));
        Assert.All(Enumerable.Range(1, masked.Rows.Count - 1), r => Assert.Contains("*", masked.Cell(r, "headName")!.Text));
    }

    private static async Task<string[]> CsvRowAsync(HttpClient client, string householdId)
    {
        var bytes = await client.GetByteArrayAsync($"/export/unassigned-households.csv?under={VillageInside}");
        var line = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n").First(l => l.StartsWith(householdId + ",", StringComparison.Ordinal));
        return line.Split(',');
    }
}
