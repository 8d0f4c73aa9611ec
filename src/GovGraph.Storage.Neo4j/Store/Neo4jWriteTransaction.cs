using System.Globalization;
using System.Text.Json;
using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Storage.Neo4j.Cypher;
using GovGraph.Storage.Neo4j.Cypher.Builders;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Neo4j.Store;

/// <summary>
/// One explicit Neo4j transaction behind <see cref="IGraphWriteTransaction"/>. Writes mark the nodes whose
/// placement may have moved; placement is settled (recomputed per label) before any read of ancestors or
/// children and before the change log is written, so scopes reflect the commit.
/// </summary>
internal sealed class Neo4jWriteTransaction(ICypherTransaction tx, WriteContext context, DateTimeOffset now, DateOnly today)
    : IGraphWriteTransaction
{
    /// <summary>Ids per statement when placement is settled for many nodes.</summary>
    internal const int ChunkRows = 5000;

    private readonly List<NewChange> _changes = [];
    private readonly HashSet<string> _unplaced = new(StringComparer.Ordinal);

    public DateTimeOffset Now => now;

    public DateOnly Today => today;

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await tx.RunAsync(GetNodesCypher.Build(ids), ct);
        return result.Values.Select(row => Neo4jValues.Node(Neo4jValues.Field(result, row, "n"))).ToList();
    }

    public async Task<IReadOnlyList<GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<string>? types, bool includeEnded, CancellationToken ct)
    {
        if (nodeIds.Count == 0 || types is { Count: 0 })
        {
            return [];
        }

        return Neo4jGraphStore.Relationships(
            await tx.RunAsync(RelationshipWriteCypher.AtNodes(nodeIds, direction, types, includeEnded, today), ct));
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAncestorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        await SettlePlacementAsync(ct);
        return await Neo4jGraphStore.ReadAncestorsAsync(s => tx.RunAsync(s, ct), ids);
    }

    public async Task<IReadOnlyList<GraphNode>> GetChildrenAsync(string id, CancellationToken ct)
    {
        await SettlePlacementAsync(ct);
        var result = await tx.RunAsync(NodeWriteCypher.Children(id), ct);
        return result.Values.Select(row => Neo4jValues.Node(Neo4jValues.Field(result, row, "n"))).ToList();
    }

    public async Task InsertNodeAsync(GraphNode node, CancellationToken ct)
    {
        StoreException.ThrowIfMalformedId(node.Id, "node");
        if ((await GetNodesAsync([node.Id], ct)).Count > 0)
        {
            throw new StoreException(StoreException.DuplicateId, $"A node with id '{node.Id}' already exists.");
        }

        var seq = await ReserveAsync(1, ct);
        await tx.RunAsync(NodeWriteCypher.Create(node.Label, [NodeWriteCypher.Row(node, seq)]), ct);
        _unplaced.Add(node.Id);
    }

    public async Task ReplaceNodeAsync(GraphNode node, CancellationToken ct)
    {
        var result = await tx.RunAsync(NodeWriteCypher.Replace(node.Id, node.Properties, node.Version), ct);
        if (result.Values.Count == 0)
        {
            throw new StoreException(StoreException.NodeNotFound, $"No node has the id '{node.Id}'.");
        }
    }

    public async Task DeleteNodeAsync(string id, CancellationToken ct)
    {
        var children = await GetChildrenAsync(id, ct);
        var result = await tx.RunAsync(NodeWriteCypher.Delete(id), ct);
        if (Neo4jValues.Long(Neo4jValues.Field(result, result.Values[0], "deleted")) == 0)
        {
            throw new StoreException(StoreException.NodeNotFound, $"No node has the id '{id}'.");
        }

        _unplaced.Remove(id);
        _unplaced.UnionWith(children.Select(c => c.Id));
    }

    public async Task InsertRelationshipAsync(GraphRelationship relationship, CancellationToken ct)
    {
        StoreException.ThrowIfMalformedId(relationship.Id, "relationship");
        var taken = await tx.RunAsync(RelationshipWriteCypher.IdTaken(relationship.Type, relationship.Id), ct);
        if (Neo4jValues.Field(taken, taken.Values[0], "taken").GetBoolean())
        {
            throw new StoreException(StoreException.DuplicateId, $"A relationship with id '{relationship.Id}' already exists.");
        }

        var seq = await ReserveAsync(1, ct);
        var result = await tx.RunAsync(RelationshipWriteCypher.Create(relationship.Type, [RelationshipWriteCypher.Row(relationship, seq)]), ct);
        if (Neo4jValues.Long(Neo4jValues.Field(result, result.Values[0], "created")) == 0)
        {
            throw new StoreException(StoreException.NodeNotFound,
                $"The relationship '{relationship.Id}' joins a node that does not exist.");
        }

        _unplaced.Add(relationship.StartId);
        _unplaced.Add(relationship.EndId);
    }

    public async Task ReplaceRelationshipAsync(GraphRelationship relationship, CancellationToken ct)
    {
        var result = await tx.RunAsync(RelationshipWriteCypher.Replace(relationship), ct);
        if (result.Values.Count == 0)
        {
            throw new StoreException(StoreException.NodeNotFound, $"No relationship has the id '{relationship.Id}'.");
        }

        _unplaced.Add(relationship.StartId);
        _unplaced.Add(relationship.EndId);
    }

    public void Append(NewChange change) => _changes.Add(change);

    public async Task<string?> GetIdempotentResultAsync(string key, CancellationToken ct)
    {
        var result = await tx.RunAsync(ChangeLogCypher.GetIdempotent(key), ct);
        return result.Values.Count == 0 ? null : Neo4jValues.String(Neo4jValues.Field(result, result.Values[0], "result"));
    }

    public async Task SaveIdempotentResultAsync(string key, string result, CancellationToken ct) =>
        await tx.RunAsync(ChangeLogCypher.SaveIdempotent(key, result, now.ToUnixTimeMilliseconds()), ct);

    /// <summary>Reserves <paramref name="count"/> insertion-order numbers; returns the first.</summary>
    internal async Task<long> ReserveAsync(long count, CancellationToken ct)
    {
        var result = await tx.RunAsync(SequenceCypher.Reserve(SequenceCypher.NodeAndRelationshipSeq, count), ct);
        return Neo4jValues.Long(Neo4jValues.Field(result, result.Values[0], "last")) - count + 1;
    }

    internal void MarkUnplaced(IEnumerable<string> ids) => _unplaced.UnionWith(ids);

    /// <summary>
    /// Recomputes placement of every node a write may have moved, one statement per label and chunk, then their
    /// placement paths (and the subtrees of those that moved). Chunks keep each request bounded however many nodes
    /// a batch touched.
    /// </summary>
    internal async Task SettlePlacementAsync(CancellationToken ct)
    {
        if (_unplaced.Count == 0)
        {
            return;
        }

        var ids = _unplaced.ToList();
        _unplaced.Clear();
        var nodes = new List<GraphNode>(ids.Count);
        foreach (var chunk in ids.Chunk(ChunkRows))
        {
            nodes.AddRange(await GetNodesAsync(chunk, ct));
        }

        foreach (var group in nodes.GroupBy(n => n.Label, StringComparer.Ordinal))
        {
            foreach (var chunk in group.Select(n => n.Id).Chunk(ChunkRows))
            {
                await tx.RunAsync(PlacementCypher.Recompute(group.Key, chunk, today), ct);
            }
        }

        // Paths read the placement just written, so they come after every label's placement.
        foreach (var chunk in nodes.Select(n => n.Id).Chunk(ChunkRows))
        {
            await tx.RunAsync(PathCypher.Settle(chunk), ct);
        }
    }

    /// <summary>Settles placement, then writes the appended changes with their final scope; returns them with cursors.</summary>
    public async Task<IReadOnlyList<ChangeEvent>> FlushChangesAsync(CancellationToken ct)
    {
        await SettlePlacementAsync(ct);
        if (_changes.Count == 0)
        {
            return [];
        }

        var involved = _changes.SelectMany(c => c.Involved).Distinct(StringComparer.Ordinal).ToList();
        var ancestors = await Neo4jGraphStore.ReadAncestorsAsync(s => tx.RunAsync(s, ct), involved);
        var at = now.ToUniversalTime();
        var scopes = new List<IReadOnlyList<string>>(_changes.Count);
        var rows = new List<IReadOnlyDictionary<string, object?>>(_changes.Count);
        foreach (var change in _changes)
        {
            var scope = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in change.Involved.SelectMany(i => new[] { i }.Concat(ancestors.GetValueOrDefault(i) ?? [])).Concat(change.ScopeBefore))
            {
                if (seen.Add(id))
                {
                    scope.Add(id);
                }
            }

            scopes.Add(scope);
            rows.Add(ChangeRows.Row(change, at, context, scope));
        }

        var result = await tx.RunAsync(ChangeLogCypher.Append(rows), ct);
        var events = new List<ChangeEvent>(_changes.Count);
        for (var i = 0; i < _changes.Count; i++)
        {
            var change = _changes[i];
            var cursor = Neo4jValues.Long(Neo4jValues.Field(result, result.Values[i], "cursor"));
            events.Add(new ChangeEvent(cursor, change.Type, at, context.Actor, change.NodeId, change.Label, change.Relationship,
                change.Before, change.After, scopes[i]) { CommitId = context.CommitId });
        }

        return events;
    }
}

/// <summary>How change events are laid out on <c>GgChange</c> nodes, both ways (property maps as JSON text).</summary>
internal static class ChangeRows
{
    public static IReadOnlyDictionary<string, object?> Row(NewChange change, DateTimeOffset at, WriteContext context, IReadOnlyList<string> scope) =>
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["type"] = ChangeTypeNames.Of(change.Type),
            ["at"] = at.ToString("O", CultureInfo.InvariantCulture),
            ["atMs"] = at.ToUnixTimeMilliseconds(),
            ["actor"] = context.Actor,
            ["commitId"] = context.CommitId,
            ["nodeId"] = change.NodeId,
            ["label"] = change.Label,
            ["relId"] = change.Relationship?.Id,
            ["relType"] = change.Relationship?.Type,
            ["relStart"] = change.Relationship?.StartId,
            ["relEnd"] = change.Relationship?.EndId,
            ["before"] = change.Before is null ? null : Serialize(change.Before),
            ["after"] = change.After is null ? null : Serialize(change.After),
            ["scope"] = scope,
        };

    /// <summary>A property map as JSON the way every store writes it (floats keep a fraction, so they read back as floats).</summary>
    public static string Serialize(IReadOnlyDictionary<string, object?> properties)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                writer.WritePropertyName(name);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    PropertyValueJson.Write(writer, name, value);
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static ChangeEvent Read(JsonElement node)
    {
        var p = node.GetProperty("properties");
        string? S(string name) => p.TryGetProperty(name, out var v) ? Neo4jValues.String(v) : null;
        IReadOnlyDictionary<string, object?>? Map(string name) => S(name) is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.ToDictionary(kv => kv.Key, kv => Neo4jValues.Value(kv.Value), StringComparer.Ordinal)
            : null;
        var relationship = S("relId") is { } relId ? new RelationshipRef(relId, S("relType")!, S("relStart")!, S("relEnd")!) : null;
        return new ChangeEvent(
            p.GetProperty("cursor").GetInt64(),
            ChangeTypeNames.Parse(S("type")!),
            DateTimeOffset.Parse(S("at")!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            S("actor")!,
            S("nodeId"),
            S("label"),
            relationship,
            Map("before"),
            Map("after"),
            p.TryGetProperty("scope", out var scope) ? scope.EnumerateArray().Select(s => s.GetString()!).ToList() : [])
        {
            CommitId = S("commitId"),
        };
    }
}
