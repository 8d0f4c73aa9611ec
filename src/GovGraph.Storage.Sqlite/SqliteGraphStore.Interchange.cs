using GovGraph.Domain.Model;

namespace GovGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public IAsyncEnumerable<GraphNode> ReadAllNodesAsync(CancellationToken ct) => throw new NotImplementedException();

    public IAsyncEnumerable<GraphRelationship> ReadAllRelationshipsAsync(CancellationToken ct) => throw new NotImplementedException();
}
