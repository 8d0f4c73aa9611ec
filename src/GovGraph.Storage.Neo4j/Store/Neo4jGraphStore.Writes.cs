using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Storage.Changes;
using GovGraph.Storage.Neo4j.Cypher;
using GovGraph.Storage.Neo4j.Cypher.Builders;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    /// <summary>Rows per <c>UNWIND</c> when a batch creates nodes or relationships.</summary>
    private const int BatchRows = 5000;

    public async Task WriteAsync(GraphWriteBatch batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.IsEmpty)
        {
            return;
        }

        await using var tx = await runner.BeginAsync(ct);
        var write = new Neo4jWriteTransaction(tx, new WriteContext("batch"), _time.GetUtcNow(), Today);
        if (batch.ReplaceAll)
        {
            await tx.RunAsync(NodeWriteCypher.DeleteAll(), ct);
        }

        await CheckIdsAsync(write, batch, ct);
        var seq = await write.ReserveAsync(batch.CreateNodes.Count + batch.CreateRelationships.Count, ct);
        var nodeRows = batch.CreateNodes.Select((n, i) => (n.Label, Row: NodeWriteCypher.Row(n, seq + i)));
        foreach (var group in nodeRows.GroupBy(r => r.Label, StringComparer.Ordinal))
        {
            foreach (var chunk in group.Select(g => g.Row).Chunk(BatchRows))
            {
                await tx.RunAsync(NodeWriteCypher.Create(group.Key, chunk), ct);
            }
        }

        var relSeq = seq + batch.CreateNodes.Count;
        var relRows = batch.CreateRelationships.Select((r, i) => (r.Type, Row: RelationshipWriteCypher.Row(r, relSeq + i)));
        foreach (var group in relRows.GroupBy(r => r.Type, StringComparer.Ordinal))
        {
            foreach (var chunk in group.Select(g => g.Row).Chunk(BatchRows))
            {
                var result = await tx.RunAsync(RelationshipWriteCypher.Create(group.Key, chunk), ct);
                if (Neo4jValues.Long(Neo4jValues.Field(result, result.Values[0], "created")) != chunk.Length)
                {
                    throw new StoreException(StoreException.NodeNotFound, "Relationships refer to nodes that do not exist.");
                }
            }
        }

        write.MarkUnplaced(batch.CreateNodes.Select(n => n.Id));
        write.MarkUnplaced(batch.CreateRelationships.SelectMany(r => new[] { r.StartId, r.EndId }));
        await write.SettlePlacementAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task<WriteResult<T>> ExecuteWriteAsync<T>(
        WriteContext context, Func<IGraphWriteTransaction, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        await using var tx = await runner.BeginAsync(ct);
        var transaction = new Neo4jWriteTransaction(tx, context, _time.GetUtcNow(), Today);
        var value = await work(transaction, ct);
        var events = await transaction.FlushChangesAsync(ct);

        // Disposing without commit rolls back, so an exception above keeps nothing and uses no cursor.
        await tx.CommitAsync(CancellationToken.None);
        return new WriteResult<T>(value, events);
    }

    public async Task<ChangePage> ReadChangesAsync(ChangeQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);

        // NOTE: bounds and page are two auto-commit reads; a prune in between can only drop events the bounds allowed.
        var info = await GetChangeLogInfoAsync(ct);
        if (query.Cursor < 0 || query.Cursor > info.Latest)
        {
            throw new StoreException(StoreException.InvalidCursor, "The change cursor was not issued by this change log.");
        }

        if (query.Cursor > 0 && query.Cursor < info.PrunedThrough)
        {
            throw new StoreException(StoreException.CursorExpired,
                "The change cursor is older than the change log keeps; start again without it (or from a newer one).");
        }

        var types = query.Types?.Select(ChangeTypeNames.Of).ToList();
        var statement = query.Backward
            ? ChangeLogCypher.ReadBefore(query.Before, query.First, query.Under, types, query.Within)
            : ChangeLogCypher.Read(query.After, query.First, query.Under, types, query.Within);
        var result = await ReadAsync(statement, ct);
        var events = result.Values.Take(query.First).Select(row => ChangeRows.Read(Neo4jValues.Field(result, row, "e"))).ToList();
        return query.Page(events, result.Values.Count > query.First);
    }

    public async Task<ChangeLogInfo> GetChangeLogInfoAsync(CancellationToken ct)
    {
        var result = await ReadAsync(ChangeLogCypher.Info(), ct);
        var row = result.Values[0];
        return new ChangeLogInfo(
            Neo4jValues.Long(Neo4jValues.Field(result, row, "latest")),
            Neo4jValues.Long(Neo4jValues.Field(result, row, "prunedThrough")));
    }

    public async Task<long> PruneChangesAsync(DateTimeOffset olderThan, CancellationToken ct)
    {
        await using var tx = await runner.BeginAsync(ct);
        var cutoff = olderThan.ToUnixTimeMilliseconds();
        var result = await tx.RunAsync(ChangeLogCypher.Prune(cutoff), ct);
        await tx.RunAsync(ChangeLogCypher.PruneIdempotent(cutoff), ct);
        await tx.CommitAsync(ct);
        return result.Values.Count == 0 ? 0 : Neo4jValues.Long(Neo4jValues.Field(result, result.Values[0], "removed"));
    }

    private static async Task CheckIdsAsync(Neo4jWriteTransaction write, GraphWriteBatch batch, CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in batch.CreateNodes)
        {
            StoreException.ThrowIfMalformedId(node.Id, "node");
            if (!seen.Add(node.Id))
            {
                throw new StoreException(StoreException.DuplicateId, $"The node id '{node.Id}' occurs twice in the batch.");
            }
        }

        foreach (var chunk in batch.CreateNodes.Select(n => n.Id).Chunk(BatchRows))
        {
            var existing = await write.GetNodesAsync(chunk, ct);
            if (existing.Count > 0)
            {
                throw new StoreException(StoreException.DuplicateId, $"A node with id '{existing[0].Id}' already exists.");
            }
        }

        var relIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relationship in batch.CreateRelationships)
        {
            StoreException.ThrowIfMalformedId(relationship.Id, "relationship");
            if (!relIds.Add(relationship.Id))
            {
                throw new StoreException(StoreException.DuplicateId, $"The relationship id '{relationship.Id}' occurs twice in the batch.");
            }
        }
    }
}
