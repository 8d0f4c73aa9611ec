using GovGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// One statement for a whole batch of nodes' neighbour pages: window functions number each node's valid
/// relationships to matching neighbours (in relationship order, counting only those after the cursor; or in the
/// requested order, from the offset) and count them all, and the outer query keeps First + 1 per node, the extra
/// row only signalling a next page. The total costs nothing extra here, so it is always returned. CROSS JOIN
/// keeps the requested nodes as the outer loop, so the endpoint indexes are used rather than a scan of every
/// relationship of the type.
/// </summary>
internal static class NeighbourSql
{
    /// <summary>
    /// The statement for <paramref name="query"/>; its values are parameters of <paramref name="sql"/> plus
    /// <c>@ids</c>, <c>@type</c>, <c>@after</c> (a relationship seq, or an offset when ordered) and <c>@limit</c>.
    /// </summary>
    public static string For(NeighbourQuery query, CriteriaSql sql)
    {
        var (self, other) = query.Direction == Direction.Out ? ("start_seq", "end_seq") : ("end_seq", "start_seq");
        var target = query.Target is null
            ? "1"
            : sql.Condition(query.Target with { AsOf = query.Target.AsOf ?? query.AsOf }, "n", withUnder: false);
        var key = sql.OrderKey(query.Order, "n");
        var (window, page) = key is null
            ? ("ROW_NUMBER() OVER (PARTITION BY s.seq, r.seq > @after ORDER BY r.seq) AS rn, r.seq > @after AS in_page",
                "h.in_page AND h.rn <= @limit")
            : ($"ROW_NUMBER() OVER (PARTITION BY s.seq ORDER BY {key}, r.seq) AS rn, 1 AS in_page",
                "h.rn > @after AND h.rn <= @after + @limit");
        return $"""
            WITH src AS (
                SELECT n.seq AS seq, n.id AS id
                FROM nodes n
                WHERE n.id IN (SELECT value FROM json_each(@ids))
            ),
            hits AS (
                SELECT s.id AS src_id, r.seq AS rel_seq, r.id AS rel_id, r.props AS rel_props, n.seq AS other_seq,
                       {window},
                       COUNT(*) OVER (PARTITION BY s.seq) AS total
                FROM src s
                CROSS JOIN rels r ON r.{self} = s.seq AND r.type = @type
                CROSS JOIN nodes n ON n.seq = r.{other}
                WHERE {sql.ValidAt("r", query.AsOf)}
                  AND {target}
            )
            SELECT h.src_id, h.total, h.rel_seq, h.rel_id, h.rel_props, o.id, o.label, o.props, o.version, h.rn
            FROM hits h
            JOIN nodes o ON o.seq = h.other_seq
            WHERE {page}
            ORDER BY h.src_id, h.rn;
            """;
    }

    public static async Task ReadPagesAsync(
        SqliteDataReader reader,
        NeighbourQuery query,
        Dictionary<string, NeighbourPage> pages,
        bool byOffset,
        CancellationToken ct)
    {
        string? current = null;
        long total = 0;
        var items = new List<Neighbour>();
        var hasNext = false;

        void Flush()
        {
            if (current is not null)
            {
                pages[current] = new NeighbourPage(items, total, hasNext);
            }
        }

        while (await reader.ReadAsync(ct))
        {
            var srcId = reader.GetString(0);
            if (!string.Equals(srcId, current, StringComparison.Ordinal))
            {
                Flush();
                current = srcId;
                total = reader.GetInt64(1);
                items = [];
                hasNext = false;
            }

            if (items.Count == query.First)
            {
                hasNext = true;
                continue;
            }

            var other = Rows.Node(reader, 5);
            var (startId, endId) = query.Direction == Direction.Out ? (srcId, other.Id) : (other.Id, srcId);
            var relationship = new GraphRelationship(
                reader.GetString(3), query.RelationshipType, startId, endId, PropertyJson.Deserialize(reader.GetString(4)));
            var cursor = byOffset
                ? PageCursor.Encode(PageCursor.Offset, reader.GetInt64(9))
                : PageCursor.Encode(PageCursor.Relationship, reader.GetInt64(2));
            items.Add(new Neighbour(relationship, other, cursor));
        }

        Flush();
    }
}
