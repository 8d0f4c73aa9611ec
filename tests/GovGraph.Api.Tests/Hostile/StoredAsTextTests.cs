using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace GovGraph.Api.Tests.Hostile;

/// <summary>
/// Injection-looking text reaches SQLite only as bound parameters: searching for it changes nothing and finds
/// nothing, the tables are all still there; and stored as a name it comes back byte for byte and is found by
/// search and filters exactly where it occurs.
/// </summary>
[Collection(SeededCollection.Name)]
public sealed class StoredAsTextTests(SeededFactory factory)
{
    [Theory]
    [InlineData("'; DROP TABLE nodes; --")]
    [InlineData("\"; DROP TABLE nodes; --")]
    [InlineData("x'); DELETE FROM nodes; --")]
    public async Task NoBackendPathRunsTheTextAsSql(string text)
    {
        var client = new HostileClient(factory);
        var rows = await RowsAsync();

        // Each backend-facing path once: FTS search, LIKE search (under three characters), list filter, node ids,
        // subtree (under), change-log range (under), traversal (path), CSV export.
        var search = await client.PostAsync("query($t: String!) { search(text: $t) { totalCount } short: search(text: \"';\") { totalCount } }", new { t = text });
        Assert.Equal(0, search.AssertAnswered().Data!["search"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, search.Data!["short"]!["totalCount"]!.GetValue<int>());
        (await client.PostAsync(
            "query($t: String!, $id: ID!) { townships(where: { nameContains: $t }) { id } node(id: $id) { id } unassignedHouseholds(under: $id) { totalCount } changes(under: $id) { edges { cursor } } }",
            new { t = text, id = text })).AssertAnswered();
        (await client.PostAsync("query($t: ID!) { path(from: $t, to: $t) { length } }", new { t = text })).AssertAnsweredOrRefused("NOT_FOUND");
        await client.GetAsync("/export/unassigned-households.csv?under=" + Uri.EscapeDataString(text), "text/csv");

        Assert.Equal(rows, await RowsAsync());
    }

    /// <summary>Every table of the store with its row count, read straight from the file.</summary>
    private async Task<string> RowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={factory.StorePath};Mode=ReadOnly");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'nodes_fts_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("nodes", tables);
        var counts = new List<string>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts.Add($"{table}={await count.ExecuteScalarAsync()}");
        }

        Assert.Contains($"nodes={SeededFacts.Get.Nodes.Count}", counts);
        return string.Join(", ", counts);
    }
}

/// <summary>Names made of injection-looking text, stored for real on an API of its own.</summary>
public sealed class InjectionNamesRoundTripTests(SmallCountyFactory county) : IClassFixture<SmallCountyFactory>
{
    [Fact]
    public async Task ANameOfInjectionTextIsStoredVerbatimAndFoundOnlyWhereItOccurs()
    {
        var client = county.CreateClient();
        var before = await StoreMark.ReadAsync(county);
        var created = new Dictionary<string, string>();
        foreach (var (name, text) in InjectionStrings.All)
        {
            var answer = await client.PostAsync(
                "mutation($n: String!) { createTownship(input: { city: \"" + SmallCounty.City + "\", name: $n, divisionType: TOWN }) { errors { code } township { id name } } }",
                new { n = text });
            HostileAssert.NoInternals(answer.Body.ToJsonString());
            var township = answer.AssertNoErrors().Data["createTownship"]!["township"]!;
            Assert.True(township is not null, $"{name} was refused: {answer.Body.ToJsonString()}");
            Assert.Equal(text, township["name"]!.GetValue<string>());
            created[township["id"]!.GetValue<string>()] = text;
        }

        Assert.Equal(before.Nodes + created.Count, (await StoreMark.ReadAsync(county)).Nodes);
        var townships = SmallCounty.Build().CreateNodes.Where(n => n.Label == Labels.Township).Select(n => n.Name!)
            .Concat(created.Values).ToList();
        foreach (var text in created.Values)
        {
            var expected = townships.Count(n => n.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase));
            var found = (await client.PostAsync(
                "query($t: String!) { search(text: $t, labels: [\"Township\"]) { totalCount } townships(where: { nameContains: $t }) { name } }",
                new { t = text })).AssertNoErrors();
            Assert.True(expected == found.Data["search"]!["totalCount"]!.GetValue<int>(), $"search for {text}: {found.Body.ToJsonString()}");
            Assert.True(expected == found.Data["townships"]!.AsArray().Count, $"filter for {text}: {found.Body.ToJsonString()}");
        }

        var read = await client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Township { name } } }", new { ids = created.Keys.ToArray() });
        Assert.All(read.AssertNoErrors().Data["nodes"]!.AsArray(), n => Assert.Equal(created[n!["id"]!.GetValue<string>()], n["name"]!.GetValue<string>()));
    }
}
