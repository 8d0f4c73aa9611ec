using GovGraph.Storage.Neo4j.Cypher;
using GovGraph.Storage.Neo4j.Store;

namespace GovGraph.Storage.Tests.Neo4j;

/// <summary>
/// The contract suite against a real Neo4j server when <c>GOVGRAPH_TEST_NEO4J_URI</c> is set; otherwise every test
/// reports as skipped with that reason. Each test starts from an empty database.
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    private ICypherRunner? _runner;

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        Skip.If(Neo4jTestServer.SkipReason is not null, Neo4jTestServer.SkipReason);
        _runner ??= Neo4jTestServer.CreateRunner();

        // A test database is wiped whole: graph, change log, counters and idempotency records.
        await _runner.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n", new Dictionary<string, object?>()), AccessMode.Write, Ct);
        var store = new Neo4jGraphStore(_runner);
        await store.InitializeAsync(Ct);
        return store;
    }

    protected override async Task<IGraphStore> ReopenAsync(IGraphStore store)
    {
        var reopened = new Neo4jGraphStore(_runner ?? Neo4jTestServer.CreateRunner());
        await reopened.InitializeAsync(Ct);
        return reopened;
    }
}
