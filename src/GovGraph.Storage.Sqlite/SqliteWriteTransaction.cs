using System.Globalization;
using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// One write transaction on the embedded store (BEGIN IMMEDIATE: the write lock is held from the start, so every
/// read inside sees a graph no one else changes meanwhile). Placement is re-evaluated lazily: writes mark the
/// nodes they may move, and the paths are rebuilt once before the next ancestor read and once at commit.
/// </summary>
internal sealed class SqliteWriteTransaction(
    SqliteConnection connection, SqliteTransaction tx, WriteContext context, DateTimeOffset now, DateOnly today)
    : IGraphWriteTransaction
{
    private readonly List<NewChange> _changes = [];
    private readonly HashSet<long> _placed = [];
    private long _firstNewSeq = long.MaxValue;
    private bool _newCity;

    public DateTimeOffset Now { get; } = now;

    public DateOnly Today { get; } = today;

    private string TodayIso => Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        await using var command = Command("SELECT n.id, n.label, n.props, n.version FROM nodes n WHERE n.id IN (SELECT value FROM json_each(@ids));");
        command.Parameters.AddWithValue("@ids", PropertyJson.SerializeArray(ids.Distinct(StringComparer.Ordinal)));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var node = Rows.Node(reader, 0);
            found[node.Id] = node;
        }

        return ids.Distinct(StringComparer.Ordinal).Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public async Task<IReadOnlyList<GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<string>? types, bool includeEnded,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        var self = direction == Direction.Out ? "start_seq" : "end_seq";
        var typeCondition = types is null ? string.Empty : "AND r.type IN (SELECT value FROM json_each(@types))";
        var valid = includeEnded
            ? string.Empty
            : "AND (r.valid_since IS NULL OR r.valid_since <= @today) AND (r.valid_until IS NULL OR r.valid_until > @today)";
        await using var command = Command($"""
            SELECT r.id, r.type, s.id, e.id, r.props
            FROM nodes x
            CROSS JOIN rels r ON r.{self} = x.seq
            CROSS JOIN nodes s ON s.seq = r.start_seq
            CROSS JOIN nodes e ON e.seq = r.end_seq
            WHERE x.id IN (SELECT value FROM json_each(@ids)) {typeCondition} {valid}
            ORDER BY r.seq;
            """);
        command.Parameters.AddWithValue("@ids", PropertyJson.SerializeArray(nodeIds.Distinct(StringComparer.Ordinal)));
        command.Parameters.AddWithValue("@types", PropertyJson.SerializeArray(types ?? []));
        command.Parameters.AddWithValue("@today", TodayIso);
        var result = new List<GraphRelationship>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new GraphRelationship(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                PropertyJson.Deserialize(reader.GetString(4))));
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAncestorsAsync(
        IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        SettlePlacement(ct);
        return await SqliteGraphStore.ReadAncestorsAsync(connection, tx, ids, ct);
    }

    public async Task<IReadOnlyList<GraphNode>> GetChildrenAsync(string id, CancellationToken ct)
    {
        SettlePlacement(ct);
        await using var command = Command("""
            SELECT c.id, c.label, c.props, c.version
            FROM nodes p CROSS JOIN nodes c ON c.parent_seq = p.seq
            WHERE p.id = @id AND c.seq <> p.seq
            ORDER BY c.seq;
            """);
        command.Parameters.AddWithValue("@id", id);
        var result = new List<GraphNode>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(Rows.Node(reader, 0));
        }

        return result;
    }

    public async Task InsertNodeAsync(GraphNode node, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(node);
        StoreException.ThrowIfMalformedId(node.Id, "node");
        await using var next = Command("SELECT COALESCE(MAX(seq), 0) + 1 FROM nodes;");
        var seq = (long)(await next.ExecuteScalarAsync(ct))!;
        await using var insert = Command("""
            INSERT INTO nodes (seq, id, label, name, props, version) VALUES (@seq, @id, @label, @name, @props, @version);
            INSERT INTO nodes_fts (rowid, name) SELECT @seq, @name WHERE @name IS NOT NULL;
            """);
        insert.Parameters.AddWithValue("@seq", seq);
        insert.Parameters.AddWithValue("@id", node.Id);
        insert.Parameters.AddWithValue("@label", node.Label);
        insert.Parameters.AddWithValue("@name", (object?)node.Name ?? DBNull.Value);
        insert.Parameters.AddWithValue("@props", PropertyJson.Serialize(node.Properties));
        insert.Parameters.AddWithValue("@version", node.Version);
        await ExecuteUniqueAsync(insert, "node", node.Id, ct);
        _firstNewSeq = Math.Min(_firstNewSeq, seq);
        _newCity |= string.Equals(node.Label, Labels.City, StringComparison.Ordinal);
    }

    public async Task ReplaceNodeAsync(GraphNode node, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(node);
        await using var update = Command("UPDATE nodes SET name = @name, props = @props, version = @version WHERE id = @id;");
        update.Parameters.AddWithValue("@id", node.Id);
        update.Parameters.AddWithValue("@name", (object?)node.Name ?? DBNull.Value);
        update.Parameters.AddWithValue("@props", PropertyJson.Serialize(node.Properties));
        update.Parameters.AddWithValue("@version", node.Version);
        if (await update.ExecuteNonQueryAsync(ct) == 0)
        {
            throw new StoreException(StoreException.NodeNotFound, $"No node has the id '{node.Id}'.");
        }
    }

    public async Task DeleteNodeAsync(string id, CancellationToken ct)
    {
        var seq = await SeqOfAsync(id, ct);

        // Whatever the node placed must be placed again (by its next relationship, or under the city).
        await using (var children = Command("SELECT seq FROM nodes WHERE parent_seq = @seq AND seq <> @seq;"))
        {
            children.Parameters.AddWithValue("@seq", seq);
            await using var reader = await children.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                _placed.Add(reader.GetInt64(0));
            }
        }

        await using var delete = Command("""
            DELETE FROM rels WHERE start_seq = @seq OR end_seq = @seq;
            DELETE FROM nodes WHERE seq = @seq;
            """);
        delete.Parameters.AddWithValue("@seq", seq);
        await delete.ExecuteNonQueryAsync(ct);
        _placed.Remove(seq);
    }

    public async Task InsertRelationshipAsync(GraphRelationship relationship, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        StoreException.ThrowIfMalformedId(relationship.Id, "relationship");
        var (startSeq, startLabel) = await EndpointAsync(relationship.StartId, ct);
        var (endSeq, endLabel) = await EndpointAsync(relationship.EndId, ct);
        await using var insert = Command("""
            INSERT INTO rels (seq, id, type, start_seq, end_seq, props)
            VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM rels), @id, @type, @start, @end, @props);
            """);
        insert.Parameters.AddWithValue("@id", relationship.Id);
        insert.Parameters.AddWithValue("@type", relationship.Type);
        insert.Parameters.AddWithValue("@start", startSeq);
        insert.Parameters.AddWithValue("@end", endSeq);
        insert.Parameters.AddWithValue("@props", PropertyJson.Serialize(relationship.Properties));
        await ExecuteUniqueAsync(insert, "relationship", relationship.Id, ct);
        MarkPlaced(relationship.Type, startSeq, startLabel, endSeq, endLabel);
    }

    public async Task ReplaceRelationshipAsync(GraphRelationship relationship, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        await using var update = Command("""
            UPDATE rels SET props = @props WHERE id = @id
            RETURNING type, start_seq, (SELECT label FROM nodes WHERE seq = start_seq), end_seq, (SELECT label FROM nodes WHERE seq = end_seq);
            """);
        update.Parameters.AddWithValue("@id", relationship.Id);
        update.Parameters.AddWithValue("@props", PropertyJson.Serialize(relationship.Properties));
        await using var reader = await update.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            throw new StoreException(StoreException.NodeNotFound, $"No relationship has the id '{relationship.Id}'.");
        }

        MarkPlaced(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4));
    }

    public void Append(NewChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _changes.Add(change);
    }

    public async Task<string?> GetIdempotentResultAsync(string key, CancellationToken ct)
    {
        await using var command = Command("SELECT result FROM idempotency WHERE key = @key;");
        command.Parameters.AddWithValue("@key", key);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    public async Task SaveIdempotentResultAsync(string key, string result, CancellationToken ct)
    {
        await using var command = Command("INSERT OR REPLACE INTO idempotency (key, result, at_ms) VALUES (@key, @result, @at);");
        command.Parameters.AddWithValue("@key", key);
        command.Parameters.AddWithValue("@result", result);
        command.Parameters.AddWithValue("@at", Now.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Settles placement, then writes the appended changes to the log with their final scope (ids read before the
    /// change plus the involved nodes' ancestors now) and returns them with their cursors. Called just before commit.
    /// </summary>
    public async Task<IReadOnlyList<ChangeEvent>> FlushChangesAsync(CancellationToken ct)
    {
        SettlePlacement(ct);
        if (_changes.Count == 0)
        {
            return [];
        }

        var involved = _changes.SelectMany(c => c.Involved).Distinct(StringComparer.Ordinal).ToList();
        var ancestors = await SqliteGraphStore.ReadAncestorsAsync(connection, tx, involved, ct);
        await using var insert = Command("""
            INSERT INTO changes (type, at, at_ms, actor, commit_id, node_id, label, rel_id, rel_type, rel_start, rel_end, before, after, scope)
            VALUES (@type, @at, @atMs, @actor, @commit, @node, @label, @relId, @relType, @relStart, @relEnd, @before, @after, @scope)
            RETURNING cursor;
            """);
        await using var scopeInsert = Command("INSERT OR IGNORE INTO change_scope (node_id, cursor) SELECT value, @cursor FROM json_each(@scope);");
        var at = Now.ToUniversalTime();
        var events = new List<ChangeEvent>(_changes.Count);
        foreach (var change in _changes)
        {
            var scope = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            void Add(string id)
            {
                if (seen.Add(id))
                {
                    scope.Add(id);
                }
            }

            foreach (var id in change.Involved)
            {
                Add(id);
                if (ancestors.TryGetValue(id, out var chain))
                {
                    chain.ToList().ForEach(Add);
                }
            }

            change.ScopeBefore.ToList().ForEach(Add);
            var scopeJson = PropertyJson.SerializeArray(scope);
            var r = change.Relationship;
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("@type", ChangeTypeNames.Of(change.Type));
            insert.Parameters.AddWithValue("@at", at.ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("@atMs", at.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("@actor", context.Actor);
            insert.Parameters.AddWithValue("@commit", context.CommitId);
            insert.Parameters.AddWithValue("@node", (object?)change.NodeId ?? DBNull.Value);
            insert.Parameters.AddWithValue("@label", (object?)change.Label ?? DBNull.Value);
            insert.Parameters.AddWithValue("@relId", (object?)r?.Id ?? DBNull.Value);
            insert.Parameters.AddWithValue("@relType", (object?)r?.Type ?? DBNull.Value);
            insert.Parameters.AddWithValue("@relStart", (object?)r?.StartId ?? DBNull.Value);
            insert.Parameters.AddWithValue("@relEnd", (object?)r?.EndId ?? DBNull.Value);
            insert.Parameters.AddWithValue("@before", change.Before is null ? DBNull.Value : PropertyJson.Serialize(change.Before));
            insert.Parameters.AddWithValue("@after", change.After is null ? DBNull.Value : PropertyJson.Serialize(change.After));
            insert.Parameters.AddWithValue("@scope", scopeJson);
            var cursor = (long)(await insert.ExecuteScalarAsync(ct))!;

            scopeInsert.Parameters.Clear();
            scopeInsert.Parameters.AddWithValue("@cursor", cursor);
            scopeInsert.Parameters.AddWithValue("@scope", scopeJson);
            await scopeInsert.ExecuteNonQueryAsync(ct);

            events.Add(new ChangeEvent(cursor, change.Type, at, context.Actor, change.NodeId, change.Label, r,
                change.Before, change.After, scope) { CommitId = context.CommitId });
        }

        return events;
    }

    /// <summary>Rebuilds the placement paths of everything the transaction's writes may have moved.</summary>
    private void SettlePlacement(CancellationToken ct)
    {
        if (_firstNewSeq == long.MaxValue && _placed.Count == 0)
        {
            return;
        }

        PathMaintainer.Recompute(connection, tx, _firstNewSeq, _placed, _newCity, Today, ct);
        _firstNewSeq = long.MaxValue;
        _placed.Clear();
        _newCity = false;
    }

    private void MarkPlaced(string type, long startSeq, string startLabel, long endSeq, string endLabel)
    {
        if (PathMaintainer.Places(endLabel, type, Direction.In))
        {
            _placed.Add(endSeq);
        }

        if (PathMaintainer.Places(startLabel, type, Direction.Out))
        {
            _placed.Add(startSeq);
        }
    }

    private async Task<long> SeqOfAsync(string id, CancellationToken ct) => (await EndpointAsync(id, ct)).Seq;

    private async Task<(long Seq, string Label)> EndpointAsync(string id, CancellationToken ct)
    {
        await using var command = Command("SELECT seq, label FROM nodes WHERE id = @id;");
        command.Parameters.AddWithValue("@id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            throw new StoreException(StoreException.NodeNotFound, $"No node has the id '{id}'.");
        }

        return (reader.GetInt64(0), reader.GetString(1));
    }

    private static async Task ExecuteUniqueAsync(SqliteCommand command, string what, string id, CancellationToken ct)
    {
        try
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (SqliteException e) when (SqliteErrors.IsUniqueViolation(e))
        {
            throw SqliteErrors.DuplicateId(what, id);
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }
}
