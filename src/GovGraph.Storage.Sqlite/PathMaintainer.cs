using System.Globalization;
using System.Text;
using GovGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// Keeps <c>nodes.parent_seq</c>, <c>path</c> and <c>depth</c> true after a write, inside the write's
/// transaction. Parents follow <see cref="Placement"/>; paths are rebuilt top down one level per statement,
/// so seeding 100k nodes costs a handful of set-based updates rather than a round trip per node.
/// </summary>
internal static class PathMaintainer
{
    private const string PrepareTemp = """
        CREATE TEMP TABLE IF NOT EXISTS path_affected (seq INTEGER PRIMARY KEY);
        CREATE TEMP TABLE IF NOT EXISTS path_pending (seq INTEGER PRIMARY KEY);
        CREATE TEMP TABLE IF NOT EXISTS path_level (seq INTEGER PRIMARY KEY, level INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS temp.ix_path_level ON path_level (level);
        DELETE FROM path_affected;
        DELETE FROM path_pending;
        DELETE FROM path_level;
        """;

    // Descendants by the old path may move with their ancestor, so they are rebuilt too.
    private const string AddDescendants = """
        INSERT OR IGNORE INTO path_pending (seq)
        SELECT d.seq
        FROM path_affected a
        CROSS JOIN nodes x ON x.seq = a.seq
        CROSS JOIN nodes d ON d.path >= x.path AND d.path < substr(x.path, 1, length(x.path) - 1) || '0'
        WHERE x.path IS NOT NULL;
        """;

    // Roots of the rebuild: pending nodes whose parent is settled (not pending) or absent.
    private const string FirstLevel = """
        INSERT INTO path_level (seq, level)
        SELECT n.seq, 0
        FROM path_pending p
        CROSS JOIN nodes n ON n.seq = p.seq
        WHERE n.parent_seq IS NULL OR n.parent_seq NOT IN (SELECT seq FROM path_pending);
        """;

    private const string UpdateLevel = """
        UPDATE nodes
        SET path = COALESCE((SELECT p.path FROM nodes p WHERE p.seq = nodes.parent_seq), '/') || nodes.seq || '/',
            depth = COALESCE((SELECT p.depth + 1 FROM nodes p WHERE p.seq = nodes.parent_seq), 0)
        WHERE seq IN (SELECT seq FROM path_level WHERE level = @level);
        """;

    // CROSS JOIN fixes the loop order (SQLite's documented hint) and the unary + keeps the planner from
    // driving the join by the pending list: either mistake turned a 150k-node seed from seconds into minutes.
    private const string NextLevel = """
        INSERT OR IGNORE INTO path_level (seq, level)
        SELECT n.seq, @level + 1
        FROM path_level l
        CROSS JOIN nodes n ON n.parent_seq = l.seq
        WHERE l.level = @level AND +n.seq IN (SELECT seq FROM path_pending);
        """;

    // Only a cycle of placing relationships leaves nodes unreached; they become their own roots.
    private const string Unreached = """
        UPDATE nodes SET path = '/' || seq || '/', depth = 0
        WHERE seq IN (SELECT seq FROM path_pending) AND seq NOT IN (SELECT seq FROM path_level);
        """;

    /// <summary>
    /// Re-places the nodes from <paramref name="firstNewSeq"/> on, the <paramref name="placedNodes"/> whose
    /// placing relationships changed, and all their descendants; or every node when <paramref name="everything"/>.
    /// </summary>
    public static void Recompute(
        SqliteConnection connection,
        SqliteTransaction tx,
        long firstNewSeq,
        IReadOnlyCollection<long> placedNodes,
        bool everything,
        DateOnly today,
        CancellationToken ct)
    {
        Execute(connection, tx, PrepareTemp);
        if (everything)
        {
            Execute(connection, tx, "INSERT INTO path_affected (seq) SELECT seq FROM nodes;");
        }
        else
        {
            Execute(connection, tx, "INSERT INTO path_affected (seq) SELECT seq FROM nodes WHERE seq >= @first;", ("@first", firstNewSeq));
            using var insert = Command(connection, tx, "INSERT OR IGNORE INTO path_affected (seq) VALUES (@seq);");
            var seq = insert.Parameters.Add("@seq", SqliteType.Integer);
            foreach (var placed in placedNodes)
            {
                seq.Value = placed;
                insert.ExecuteNonQuery();
            }
        }

        ct.ThrowIfCancellationRequested();
        UpdateParents(connection, tx, today);
        Execute(connection, tx, "INSERT INTO path_pending (seq) SELECT seq FROM path_affected;");
        if (!everything)
        {
            Execute(connection, tx, AddDescendants);
        }

        Execute(connection, tx, FirstLevel);
        using var update = Command(connection, tx, UpdateLevel);
        using var next = Command(connection, tx, NextLevel);
        var level = update.Parameters.Add("@level", SqliteType.Integer);
        var nextLevel = next.Parameters.Add("@level", SqliteType.Integer);
        for (var depth = 0L; ; depth++)
        {
            ct.ThrowIfCancellationRequested();
            level.Value = depth;
            nextLevel.Value = depth;
            update.ExecuteNonQuery();
            if (next.ExecuteNonQuery() == 0)
            {
                break;
            }
        }

        Execute(connection, tx, Unreached);
        Execute(connection, tx, "DELETE FROM path_affected; DELETE FROM path_pending; DELETE FROM path_level;");
    }

    /// <summary>True when a relationship of this type, seen from a node of this label, places that node.</summary>
    public static bool Places(string label, string type, Direction fromPlacedNode)
    {
        foreach (var (t, d) in Placement.ParentRelationships(label))
        {
            if (d == fromPlacedNode && string.Equals(t, type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One UPDATE for every affected node: per label, the first current placing relationship in priority order
    /// (the oldest one when several), else the city. The labels and types come from <see cref="Placement"/>.
    /// </summary>
    private static void UpdateParents(SqliteConnection connection, SqliteTransaction tx, DateOnly today)
    {
        // NOTE: placement is settled when a write touches the node; a relationship whose `until` passes later
        // keeps placing it until the next write that re-places it.
        object city;
        using (var cityQuery = Command(connection, tx, "SELECT MIN(seq) FROM nodes WHERE label = @cityLabel;"))
        {
            cityQuery.Parameters.AddWithValue("@cityLabel", Labels.City);
            city = cityQuery.ExecuteScalar() ?? DBNull.Value;
        }

        using var command = Command(connection, tx, string.Empty);
        var sql = new StringBuilder("UPDATE nodes SET parent_seq = NULLIF(CASE label");
        var p = 0;
        string Param(string value)
        {
            var name = "@p" + (p++).ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, value);
            return name;
        }

        foreach (var label in Labels.Storable)
        {
            var parents = Placement.ParentRelationships(label);
            if (parents.Count == 0)
            {
                continue;
            }

            sql.Append("\n  WHEN ").Append(Param(label)).Append(" THEN COALESCE(");
            foreach (var (type, direction) in parents)
            {
                var (self, other) = direction == Direction.In ? ("end_seq", "start_seq") : ("start_seq", "end_seq");
                // INDEXED BY: with a date test beside it, "ORDER BY r.seq LIMIT 1" otherwise tempts the planner
                // into walking every relationship in seq order for each node (a seed then never finishes).
                var index = direction == Direction.In ? "ix_rels_end_valid" : "ix_rels_start_valid";
                sql.Append("(SELECT r.").Append(other).Append(" FROM rels r INDEXED BY ").Append(index).Append(" WHERE r.").Append(self)
                    .Append(" = nodes.seq AND r.type = ").Append(Param(type))
                    .Append(" AND (r.valid_since IS NULL OR r.valid_since <= @today) AND (r.valid_until IS NULL OR r.valid_until > @today)")
                    .Append(" ORDER BY r.seq LIMIT 1), ");
            }

            sql.Append("@city)");
        }

        // The city's own parent would be itself: NULLIF makes it the root.
        sql.Append("\n  ELSE @city END, nodes.seq)\nWHERE seq IN (SELECT seq FROM path_affected);");
        command.CommandText = sql.ToString();
        command.Parameters.AddWithValue("@city", city);
        command.Parameters.AddWithValue("@today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction tx, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, tx, sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
