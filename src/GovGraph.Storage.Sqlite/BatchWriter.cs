using GovGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// Applies one <see cref="GraphWriteBatch"/> inside one transaction: nodes, then relationships, then
/// placement paths (by the relationships current on <c>today</c>). Commands are prepared once and re-executed with new parameter values, which is what
/// makes a 350k-row seed fast. Any failure leaves the transaction uncommitted, so nothing is kept.
/// </summary>
internal sealed class BatchWriter(SqliteConnection connection, SqliteTransaction tx, DateOnly today)
{
    private const int AnalyzeThreshold = 5000;

    // Seq and label of every node the batch touches, by GovGraph id.
    private readonly Dictionary<string, (long Seq, string Label)> _known = new(StringComparer.Ordinal);

    public void Write(GraphWriteBatch batch, CancellationToken ct)
    {
        if (batch.ReplaceAll)
        {
            DeleteEverything();
        }

        var firstNewSeq = NextSeq("nodes");
        InsertNodes(batch.CreateNodes, firstNewSeq, ct);
        IndexNames(firstNewSeq);
        ResolveEndpoints(batch.CreateRelationships, ct);
        var placed = InsertRelationships(batch.CreateRelationships, ct);

        // A new city re-roots every node placed by default, so then the whole graph is re-placed.
        var newCity = batch.CreateNodes.Exists(n => string.Equals(n.Label, Labels.City, StringComparison.Ordinal));
        if (batch.CreateNodes.Count > 0 || placed.Count > 0)
        {
            PathMaintainer.Recompute(connection, tx, firstNewSeq, placed, newCity, today, ct);
        }

        if (batch.CreateNodes.Count + batch.CreateRelationships.Count >= AnalyzeThreshold)
        {
            // Fresh statistics after a bulk load: without them SQLite walks a whole label in seq order
            // instead of the (label, path) range for "households under X". Sampled, so it stays cheap.
            using var analyze = Command("PRAGMA analysis_limit = 1000; ANALYZE;");
            analyze.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Empties the graph inside the batch's transaction, so a failing replace keeps the old graph. The name
    /// index is emptied in one 'delete-all' command: its per-row delete trigger would re-tokenise every
    /// name, so triggers that maintain the index are set aside for the delete and restored (same transaction).
    /// </summary>
    private void DeleteEverything()
    {
        var indexTriggers = new List<(string Name, string Sql)>();
        using (var find = Command(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('nodes', 'rels') AND sql LIKE '%nodes_fts%';"))
        using (var reader = find.ExecuteReader())
        {
            while (reader.Read())
            {
                indexTriggers.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (triggerName, _) in indexTriggers)
        {
            // A name read from sqlite_master, quoted as an identifier.
            using var drop = Command($"DROP TRIGGER \"{triggerName.Replace("\"", "\"\"", StringComparison.Ordinal)}\";");
            drop.ExecuteNonQuery();
        }

        using (var delete = Command("DELETE FROM rels; DELETE FROM nodes; INSERT INTO nodes_fts (nodes_fts) VALUES ('delete-all');"))
        {
            delete.ExecuteNonQuery();
        }

        foreach (var (_, sql) in indexTriggers)
        {
            using var create = Command(sql + ";");
            create.ExecuteNonQuery();
        }

        // Statistics of the old graph (say, of two nodes) steer the placement statements of the new one into
        // plans that take minutes; without any, the planner's defaults are the ones a first seed runs with.
        using var hasStatistics = Command("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1');");
        if (Convert.ToInt64(hasStatistics.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1)
        {
            using var forget = Command("DELETE FROM sqlite_stat1; ANALYZE sqlite_schema;");
            forget.ExecuteNonQuery();
        }
    }

    private void InsertNodes(List<GraphNode> nodes, long firstSeq, CancellationToken ct)
    {
        using var insert = Command("INSERT INTO nodes (seq, id, label, name, props) VALUES (@seq, @id, @label, @name, @props);");
        var seq = insert.Parameters.Add("@seq", SqliteType.Integer);
        var id = insert.Parameters.Add("@id", SqliteType.Text);
        var label = insert.Parameters.Add("@label", SqliteType.Text);
        var name = insert.Parameters.Add("@name", SqliteType.Text);
        var props = insert.Parameters.Add("@props", SqliteType.Text);
        insert.Prepare();

        var next = firstSeq;
        foreach (var node in nodes)
        {
            if ((next & 0xFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            StoreException.ThrowIfMalformedId(node.Id, "node");
            if (string.IsNullOrWhiteSpace(node.Label))
            {
                throw new ArgumentException($"Node '{node.Id}' has no label.");
            }

            if (!_known.TryAdd(node.Id, (next, node.Label)))
            {
                throw new StoreException(StoreException.DuplicateId, $"The node id '{node.Id}' occurs twice in the batch.");
            }

            seq.Value = next++;
            id.Value = node.Id;
            label.Value = node.Label;
            name.Value = (object?)node.Name ?? DBNull.Value;
            props.Value = PropertyJson.Serialize(node.Properties);
            ExecuteUnique(insert, "node", node.Id);
        }
    }

    /// <summary>
    /// Adds the new nodes' names to the search index in one statement. A per-row trigger did the same work
    /// about fifty times slower (9 s instead of 0.2 s for 150k nodes), so inserts are indexed here.
    /// </summary>
    private void IndexNames(long firstNewSeq)
    {
        using var index = Command("INSERT INTO nodes_fts (rowid, name) SELECT seq, name FROM nodes WHERE seq >= @first AND name IS NOT NULL;");
        index.Parameters.AddWithValue("@first", firstNewSeq);
        index.ExecuteNonQuery();
    }

    /// <summary>Looks up, in chunks of one statement each, the stored nodes that relationships refer to.</summary>
    private void ResolveEndpoints(List<GraphRelationship> relationships, CancellationToken ct)
    {
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in relationships)
        {
            if (!_known.ContainsKey(r.StartId))
            {
                missing.Add(r.StartId);
            }

            if (!_known.ContainsKey(r.EndId))
            {
                missing.Add(r.EndId);
            }
        }

        using var lookup = Command("SELECT n.id, n.seq, n.label FROM nodes n WHERE n.id IN (SELECT value FROM json_each(@ids));");
        var ids = lookup.Parameters.Add("@ids", SqliteType.Text);
        foreach (var chunk in missing.Chunk(SqliteGraphStore.IdChunkSize))
        {
            ct.ThrowIfCancellationRequested();
            ids.Value = PropertyJson.SerializeArray(chunk);
            using var reader = lookup.ExecuteReader();
            while (reader.Read())
            {
                _known[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
                missing.Remove(reader.GetString(0));
            }
        }

        if (missing.Count > 0)
        {
            var sample = string.Join(", ", missing.Take(5).Select(id => $"'{id}'"));
            throw new StoreException(
                StoreException.NodeNotFound,
                $"Relationships refer to {missing.Count} node(s) that do not exist: {sample}{(missing.Count > 5 ? ", ..." : string.Empty)}.");
        }
    }

    /// <summary>Inserts the relationships; returns the nodes whose placement they may change.</summary>
    private HashSet<long> InsertRelationships(List<GraphRelationship> relationships, CancellationToken ct)
    {
        var placed = new HashSet<long>();
        if (relationships.Count == 0)
        {
            return placed;
        }

        using var insert = Command(
            "INSERT INTO rels (seq, id, type, start_seq, end_seq, props) VALUES (@seq, @id, @type, @start, @end, @props);");
        var seq = insert.Parameters.Add("@seq", SqliteType.Integer);
        var id = insert.Parameters.Add("@id", SqliteType.Text);
        var type = insert.Parameters.Add("@type", SqliteType.Text);
        var start = insert.Parameters.Add("@start", SqliteType.Integer);
        var end = insert.Parameters.Add("@end", SqliteType.Integer);
        var props = insert.Parameters.Add("@props", SqliteType.Text);
        insert.Prepare();

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var next = NextSeq("rels");
        foreach (var r in relationships)
        {
            if ((next & 0xFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            StoreException.ThrowIfMalformedId(r.Id, "relationship");
            if (string.IsNullOrWhiteSpace(r.Type))
            {
                throw new ArgumentException($"Relationship '{r.Id}' has no type.");
            }

            if (!ids.Add(r.Id))
            {
                throw new StoreException(StoreException.DuplicateId, $"The relationship id '{r.Id}' occurs twice in the batch.");
            }

            var (startSeq, startLabel) = _known[r.StartId];
            var (endSeq, endLabel) = _known[r.EndId];
            seq.Value = next++;
            id.Value = r.Id;
            type.Value = r.Type;
            start.Value = startSeq;
            end.Value = endSeq;
            props.Value = PropertyJson.Serialize(r.Properties);
            ExecuteUnique(insert, "relationship", r.Id);

            if (PathMaintainer.Places(endLabel, r.Type, Direction.In))
            {
                placed.Add(endSeq);
            }

            if (PathMaintainer.Places(startLabel, r.Type, Direction.Out))
            {
                placed.Add(startSeq);
            }
        }

        return placed;
    }

    private static void ExecuteUnique(SqliteCommand insert, string what, string id)
    {
        try
        {
            insert.ExecuteNonQuery();
        }
        catch (SqliteException e) when (SqliteErrors.IsUniqueViolation(e))
        {
            throw SqliteErrors.DuplicateId(what, id);
        }
    }

    private long NextSeq(string table)
    {
        // The write transaction is IMMEDIATE, so no other writer can take these numbers meanwhile.
        using var max = Command($"SELECT COALESCE(MAX(seq), 0) + 1 FROM {table};");
        return (long)max.ExecuteScalar()!;
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }
}
