using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Storage.Neo4j.Cypher;
using GovGraph.Storage.Neo4j.Store;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Tests.Neo4j.Store;

/// <summary>The store's wiring without a server: what it sends, how it reads the Query API's plain JSON back.</summary>
public sealed class Neo4jGraphStoreMappingTests
{
    private const string Shanmen = """
        {"elementId":"4:x:1","labels":["GgNode","Village"],"properties":{"id":"village:shanmen","gg_seq":7,"gg_version":3,"name":"山门村","keyVillage":true,"areas":["a","b"]}}
        """;

    private const string Dongcun = """
        {"elementId":"4:x:2","labels":["Village","GgNode"],"properties":{"id":"village:dongcun","gg_seq":9,"name":"东村"}}
        """;

    [Fact]
    public async Task NodesComeBackWithTheirModelLabelVersionAndPropertiesOnly()
    {
        var runner = new ScriptedCypherRunner().Then(["n"], $"[{Shanmen}]");
        var nodes = await new Neo4jGraphStore(runner).GetNodesAsync(["village:shanmen"], CancellationToken.None);

        var node = Assert.Single(nodes);
        Assert.Equal(("village:shanmen", Labels.Village, 3L), (node.Id, node.Label, node.Version));
        Assert.Equal(["areas", "keyVillage", "name"], node.Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(true, node.Properties[Props.KeyVillage]);
        Assert.Equal(["a", "b"], (string[])node.Properties[Props.Areas]!);
        Assert.Equal(AccessMode.Read, runner.Sent[0].Mode);
    }

    [Fact]
    public async Task APageKeepsFirstRowsAndTheExtraOneOnlySignalsMore()
    {
        var runner = new ScriptedCypherRunner()
            .Then(["n", "depth"], $"[{Shanmen}, null]", $"[{Dongcun}, null]")
            .Then(["count"], "[2]");
        var page = await new Neo4jGraphStore(runner).FindNodesAsync(new NodeQuery(NodeCriteria.OfLabel(Labels.Village), 1), CancellationToken.None);

        Assert.True(page.HasNextPage);
        Assert.Equal(2, page.TotalCount);
        var only = Assert.Single(page.Items);
        Assert.Null(only.Depth);

        // The cursor is the node's insertion number, sent back as $after for the next page.
        var next = new ScriptedCypherRunner().Then(["n", "depth"]).Then(["count"], "[2]");
        await new Neo4jGraphStore(next).FindNodesAsync(new NodeQuery(NodeCriteria.OfLabel(Labels.Village), 1, only.Cursor), CancellationToken.None);
        Assert.Equal(7L, next.Sent[0].Statement.Parameters["after"]);
    }

    [Fact]
    public async Task AForeignCursorIsRefused()
    {
        var store = new Neo4jGraphStore(new ScriptedCypherRunner());
        var error = await Assert.ThrowsAsync<StoreException>(() =>
            store.FindNodesAsync(new NodeQuery(new NodeCriteria(), 1, "not-a-cursor"), CancellationToken.None));
        Assert.Equal(StoreException.InvalidCursor, error.Code);
    }

    [Fact]
    public async Task EveryRequestedNodeGetsANeighbourPage()
    {
        var runner = new ScriptedCypherRunner().Then(["id", "total", "page"],
            $$$"""["township:gangkou", 1, [{"rel": {"elementId":"5:x:1","startNodeElementId":"4:x:0","endNodeElementId":"4:x:1","type":"OVERSEES","properties":{"id":"r:1","gg_seq":12}}, "node": {{{Shanmen}}}, "pos": 1}]]""");
        var pages = await new Neo4jGraphStore(runner).GetNeighboursAsync(
            new NeighbourQuery(["township:gangkou", "township:nowhere"], RelTypes.Oversees, Direction.Out, 10), CancellationToken.None);

        var hit = Assert.Single(pages["township:gangkou"].Items);
        Assert.Equal(("r:1", "township:gangkou", "village:shanmen"), (hit.Relationship.Id, hit.Relationship.StartId, hit.Relationship.EndId));
        Assert.Empty(hit.Relationship.Properties);
        Assert.Same(NeighbourPage.Empty, pages["township:nowhere"]);
    }

    [Fact]
    public async Task AFailedWriteIsNeverCommitted()
    {
        var runner = new ScriptedCypherRunner();
        var store = new Neo4jGraphStore(runner);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ExecuteWriteAsync<int>(
            new WriteContext("test"), (_, _) => throw new InvalidOperationException("no"), CancellationToken.None));

        Assert.Equal(0, runner.Commits);
        Assert.Equal(1, runner.Disposals);
    }

    [Fact]
    public async Task AUnitRunAgainAfterADeadlockAppendsAndReturnsItsEventsOnce()
    {
        var runner = new ScriptedCypherRunner()
            .Fails("Neo.TransientError.Transaction.DeadlockDetected")
            .Then(["n"], $"[{Shanmen}]")
            .Then(["id", "ancestors"], """["village:shanmen", ["township:gangkou"]]""")
            .Then(["cursor"], "[41]");
        var store = new Neo4jGraphStore(runner);
        var runs = 0;

        var result = await store.ExecuteWriteAsync(new WriteContext("test"), async (tx, ct) =>
        {
            runs++;
            await tx.ReplaceNodeAsync(new GraphNode("village:shanmen", Labels.Village, new Dictionary<string, object?>()), ct);
            tx.Append(new NewChange(ChangeType.NodeUpdated, "village:shanmen", Labels.Village, null, null, null, ["village:shanmen"], []));
            return runs;
        }, CancellationToken.None);

        Assert.Equal((2, 1, 1, 2), (result.Value, runner.Retries, runner.Commits, runner.Disposals));
        var change = Assert.Single(result.Events);
        Assert.Equal(41L, change.Cursor);
        Assert.Equal(["village:shanmen", "township:gangkou"], change.Scope);
        Assert.Single(runner.Sent, s => s.Statement.Text.Contains("UNWIND range(0, size($events) - 1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangeCursorsBeyondTheLogAreInvalid()
    {
        var runner = new ScriptedCypherRunner().Then(["latest", "prunedThrough"], "[5, 0]");
        var error = await Assert.ThrowsAsync<StoreException>(() =>
            new Neo4jGraphStore(runner).ReadChangesAsync(new Changes.ChangeQuery(6, 10), CancellationToken.None));
        Assert.Equal(StoreException.InvalidCursor, error.Code);
    }
}
