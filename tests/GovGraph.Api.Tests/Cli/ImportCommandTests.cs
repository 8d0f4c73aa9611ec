using System.Text.RegularExpressions;
using GovGraph.Api.Cli;

namespace GovGraph.Api.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private const string ThreeNodes = """
        {"type":"node","id":"city:ningguo","labels":["City"],"properties":{"name":"宁国市","id":"city:ningguo"}}
        {"type":"node","id":"township:gangkou","labels":["Township"],"properties":{"name":"港口镇","id":"township:gangkou"}}
        {"type":"node","id":"village:shanmen","labels":["Village"],"properties":{"name":"山门村","id":"village:shanmen"}}
        {"type":"relationship","id":"r:1","label":"OVERSEES","start":{"id":"city:ningguo","labels":["City"]},"end":{"id":"township:gangkou","labels":["Township"]},"properties":{}}
        {"type":"relationship","id":"r:2","label":"OVERSEES","start":{"id":"township:gangkou","labels":["Township"]},"end":{"id":"village:shanmen","labels":["Village"]},"properties":{}}
        """;

    private readonly CliFixture _cli = new();

    [Fact]
    public async Task ImportingAFileIntoANewStoreExitsWithZeroAndPrintsAOneLineSummary()
    {
        var file = _cli.WriteFile("graph.jsonl", ThreeNodes);
        var store = _cli.NewStore();

        var exit = await ImportCommand.RunAsync(store, file, false, _cli.Console, CliFixture.Ct);

        Assert.Equal(0, exit);
        Assert.Matches($"^Imported 3 nodes and 2 relationships from {Regex.Escape(file)} in \\d+\\.\\d s\n$", _cli.Out.ToString());
        Assert.Empty(_cli.Error.ToString());
        Assert.Equal(["city:ningguo", "township:gangkou", "village:shanmen"], await CliFixture.NodeIdsAsync(store));
    }

    [Fact]
    public async Task AFileWithBadLinesExitsWithOneListsEachLineAndLeavesTheStoreUnchanged()
    {
        var file = _cli.WriteFile("bad.jsonl", """
            {"type":"node","id":"village:shanmen","labels":["Village"],"properties":{"name":"山门村"}}
            {"type":"node","id":"x","labels":["Town"]}
            {"type":"relationship","id":"r:9","label":"OVERSEES","start":{"id":"township:gangkou"},"end":{"id":"village:shanmen"}}
            {"type":"relationship","id":"r:10","label":"OVERSEES","start":{"id":"township:nowhere"},"end":{"id":"village:shanmen"}}
            """);
        var store = await _cli.SmallStoreAsync();

        var exit = await ImportCommand.RunAsync(store, file, false, _cli.Console, CliFixture.Ct);

        Assert.Equal(1, exit);
        Assert.Empty(_cli.Out.ToString());
        Assert.Equal(
            [
                "line 2: unknown label \"Town\" (known: City, Township, Village, PartyGroup, CentralHousehold, Household, Person, Agency, University, VillageBody, Venue, ServiceRequest, RequestEvent)",
                "line 4: start node \"township:nowhere\" is in neither the file nor the store",
                $"Import of {file} refused (2 errors). The store is unchanged.",
            ],
            _cli.Error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["city:ningguo", "township:gangkou"], await CliFixture.NodeIdsAsync(store));
        Assert.Equal(1, await CliFixture.RelationshipCountAsync(store));
    }

    [Fact]
    public async Task ImportingIdsThatAreAlreadyStoredIsRefusedWithoutReplace()
    {
        var file = _cli.WriteFile("graph.jsonl", ThreeNodes);
        var store = await _cli.SmallStoreAsync();

        var exit = await ImportCommand.RunAsync(store, file, false, _cli.Console, CliFixture.Ct);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                "line 1: node id \"city:ningguo\" already exists in the store",
                "line 2: node id \"township:gangkou\" already exists in the store",
                $"Import of {file} refused (2 errors). The store is unchanged.",
                $"2 of its node ids are already in the store. To replace the stored graph with the file's, run import {file} --replace.",
            ],
            _cli.Error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["city:ningguo", "township:gangkou"], await CliFixture.NodeIdsAsync(store));
    }

    [Fact]
    public async Task ImportingTheStoresOwnExportCountsTheClashesShowsTheFirstTwentyAndSuggestsReplace()
    {
        var store = await _cli.SmallStoreAsync();
        var batch = new GovGraph.Storage.GraphWriteBatch();
        for (var i = 0; i < 23; i++)
        {
            batch.CreateNodes.Add(new GovGraph.Domain.Model.GraphNode($"village:v{i:00}", GovGraph.Domain.Model.Labels.Village, new Dictionary<string, object?> { ["name"] = $"村{i}" }));
        }

        await store.WriteAsync(batch, CliFixture.Ct);
        var file = _cli.PathOf("own.jsonl");
        Assert.Equal(0, await ExportCommand.RunAsync(store, file, _cli.Console, CliFixture.Ct));

        var exit = await ImportCommand.RunAsync(store, file, false, _cli.Console, CliFixture.Ct);

        Assert.Equal(1, exit);
        var lines = _cli.Error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(22, lines.Length);
        Assert.All(lines[..20], line => Assert.Matches("^line \\d+: node id \"[^\"]+\" already exists in the store$", line));
        Assert.Equal($"Import of {file} refused (25 errors, the first 20 shown). The store is unchanged.", lines[20]);
        Assert.Equal($"25 of its node ids are already in the store. To replace the stored graph with the file's, run import {file} --replace.", lines[21]);
        Assert.Equal(25, (await CliFixture.NodeIdsAsync(store)).Count);
    }

    [Fact]
    public async Task ImportingWithReplaceReplacesTheStoredGraph()
    {
        var file = _cli.WriteFile("graph.jsonl", ThreeNodes);
        var store = await _cli.SmallStoreAsync();

        var exit = await ImportCommand.RunAsync(store, file, true, _cli.Console, CliFixture.Ct);

        Assert.Equal(0, exit);
        Assert.EndsWith(" s (the previous graph was replaced)\n", _cli.Out.ToString());
        Assert.Equal(["city:ningguo", "township:gangkou", "village:shanmen"], await CliFixture.NodeIdsAsync(store));
        Assert.Equal(2, await CliFixture.RelationshipCountAsync(store));
    }

    [Fact]
    public async Task AMissingFileIsAClearErrorWithExitCodeOne()
    {
        var store = await _cli.SmallStoreAsync();
        var missing = _cli.PathOf("missing.jsonl");

        var exit = await ImportCommand.RunAsync(store, missing, false, _cli.Console, CliFixture.Ct);

        Assert.Equal(1, exit);
        Assert.Equal($"Cannot import {missing}: there is no such file.\n", _cli.Error.ToString());
    }

    public void Dispose() => _cli.Dispose();
}
