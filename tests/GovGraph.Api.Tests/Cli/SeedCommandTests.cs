using GovGraph.Api.Cli;
using GovGraph.Storage;

namespace GovGraph.Api.Tests.Cli;

public sealed class SeedCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    [Fact]
    public async Task SeedingANewStoreWritesTheCountyAndPrintsASummary()
    {
        var store = _cli.NewStore();

        var exit = await SeedCommand.RunAsync(store, ["seed"], _cli.Console, CliFixture.Ct);

        // The expected totals come from the generator itself, counted independently of the store.
        var generated = GovGraph.Storage.Seeding.NingguoGenerator.Generate();
        var nodes = generated.CreateNodes.Count;
        var relationships = generated.CreateRelationships.Count;
        Assert.Equal(0, exit);
        Assert.Matches(
            $"^Seeded {nodes:N0} nodes and {relationships:N0} relationships \\(Ningguo, scale 1\\) in \\d+\\.\\d s\n$",
            _cli.Out.ToString());
        Assert.Equal(nodes, await store.CountNodesAsync(new NodeCriteria(), CliFixture.Ct));
        Assert.Equal(relationships, await store.ReadAllRelationshipsAsync(CliFixture.Ct).CountAsync());
    }

    [Fact]
    public async Task SeedingAStoreThatHoldsAGraphIsRefusedAndChangesNothing()
    {
        var store = await _cli.SmallStoreAsync();

        var exit = await SeedCommand.RunAsync(store, ["seed", "--scale", "2"], _cli.Console, CliFixture.Ct);

        Assert.Equal(1, exit);
        Assert.Equal(
            "The store is not empty (2 nodes); nothing was written. Use seed --replace to replace its graph with the generated one.\n",
            _cli.Error.ToString());
        Assert.Equal(["city:ningguo", "township:gangkou"], await CliFixture.NodeIdsAsync(store));
    }

    [Fact]
    public async Task SeedingWithReplaceReplacesTheStoredGraph()
    {
        var store = await _cli.SmallStoreAsync();

        var exit = await SeedCommand.RunAsync(store, ["seed", "--replace"], _cli.Console, CliFixture.Ct);

        Assert.Equal(0, exit);
        Assert.EndsWith("(the previous graph was replaced)\n", _cli.Out.ToString());
        // 104,952 nodes of the county and 21,121 of its seeded cases (2,500 requests, 18,621 events).
        Assert.Equal(126_073, await store.CountNodesAsync(new NodeCriteria(), CliFixture.Ct));
        Assert.Empty(await store.GetNodesAsync(["township:gangkou-not-generated", "r:1"], CliFixture.Ct));
    }

    [Theory]
    [InlineData("--scale=0")]
    [InlineData("--scale=two")]
    [InlineData("--scale=-1")]
    public async Task AScaleThatIsNotAPositiveWholeNumberIsAUsageError(string scale)
    {
        var exit = await SeedCommand.RunAsync(_cli.NewStore(), ["seed", scale], _cli.Console, CliFixture.Ct);

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Equal("--scale takes a whole number of at least 1; seed takes no file. usage: seed [--scale N] [--replace]\n", _cli.Error.ToString());
    }

    public void Dispose() => _cli.Dispose();
}
