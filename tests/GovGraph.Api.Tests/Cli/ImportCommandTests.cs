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

        var exit = await ImportCommand.RunAsync(store, ["import", file], _cli.Console, CliFixture.Ct);

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

        var exit = await ImportCommand.RunAsync(store, ["import", file], _cli.Console, CliFixture.Ct);

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

        var exit = await ImportCommand.RunAsync(store, ["import", file], _cli.Console, CliFixture.Ct);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                "line 1: node id \"city:ningguo\" already exists in the store",
                "line 2: node id \"township:gangkou\" already exists in the store",
                $"Import of {file} refused (2 errors). The store is unchanged.",
            ],
            _cli.Error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["city:ningguo", "township:gangkou"], await CliFixture.NodeIdsAsync(store));
    }

    [Fact]
    public async Task ImportingWithReplaceReplacesTheStoredGraph()
    {
        var file = _cli.WriteFile("graph.jsonl", ThreeNodes);
        var store = await _cli.SmallStoreAsync();

        var exit = await ImportCommand.RunAsync(store, ["import", file, "--replace"], _cli.Console, CliFixture.Ct);

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

        var exit = await ImportCommand.RunAsync(store, ["import", missing], _cli.Console, CliFixture.Ct);

        Assert.Equal(1, exit);
        Assert.Equal($"Cannot import {missing}: there is no such file.\n", _cli.Error.ToString());
    }

    [Theory]
    [InlineData(new[] { "import" }, "import needs one file. usage: import FILE [--replace]\n")]
    [InlineData(new[] { "import", "a.jsonl", "b.jsonl" }, "import needs one file. usage: import FILE [--replace]\n")]
    [InlineData(new[] { "import", "a.jsonl", "--force" }, "Unknown option --force. usage: import FILE [--replace]\n")]
    public async Task WrongArgumentsAreAUsageErrorWithExitCodeTwo(string[] args, string message)
    {
        var exit = await ImportCommand.RunAsync(_cli.NewStore(), args, _cli.Console, CliFixture.Ct);

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Equal(message, _cli.Error.ToString());
    }

    public void Dispose() => _cli.Dispose();
}
