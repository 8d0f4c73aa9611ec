using GovGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// One statement for a whole batch of nodes' neighbour pages: window functions number each node's valid
/// relationships to matching neighbours (in relationship order, counting only those after the cursor, or before it
/// nearest first when paging backwards; or in the requested order, by position) and count them all, and the outer
/// query keeps First + 1 per node, the extra row only signalling a further page in the direction read. The total
/// costs nothing extra here, so it is always returned. CROSS JOIN keeps the requested nodes as the outer loop, so
/// the endpoint indexes are used rather than a scan of every relationship of the type.
/// </summary>
internal static class NeighbourSql
{
    /// <summary>
    /// The statement for <paramref name="query"/>; its values are parameters of <paramref name="sql"/> plus
    /// <c>@ids</c>, <c>@type</c>, <c>@after</c> (a relationship seq, or an offset when ordered; backwards, the cursor
    /// the page ends before, 0 for the list's end) and <c>@limit</c>. Rows come nearest the cursor first.
    /// </summary>
    public static string For(NeighbourQuery query, CriteriaSql sql)
    {
        var (self, other) = query.Direction == Direction.Out ? ("start_seq", "end_seq") : ("end_seq", "start_seq");
        var target = query.Target is null
            ? "1"
            : sql.Condition(query.Target with { AsOf = query.Target.AsOf ?? query.AsOf }, "n", withUnder: false);
        var key = sql.OrderKey(query.Order, "n");
        var (window, page, nearest) = (key is null, query.Backward) switch
        {
            (true, false) => ("ROW_NUMBER() OVER (PARTITION BY s.seq, r.seq > @after ORDER BY r.seq) AS rn, r.seq > @after AS in_page",
                "h.in_page AND h.rn <= @limit", "h.rn"),
            (true, true) => ("ROW_NUMBER() OVER (PARTITION BY s.seq, r.seq < @after ORDER BY r.seq DESC) AS rn, r.seq < @after AS in_page",
                "h.in_page AND h.rn <= @limit", "h.rn"),
            (false, false) => ($"ROW_NUMBER() OVER (PARTITION BY s.seq ORDER BY {key}, r.seq) AS rn, 1 AS in_page",
                "h.rn > @after AND h.rn <= @after + @limit", "h.rn"),
            (false, true) => ($"ROW_NUMBER() OVER (PARTITION BY s.seq ORDER BY {key}, r.seq) AS rn, 1 AS in_page",
                $"h.rn < {EndOf} AND h.rn >= {EndOf} - @limit", "h.rn DESC"),
        };
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
            ORDER BY h.src_id, {nearest};
            """;
    }

    // The position a backward page of one node's list ends before: the cursor's, or one past the list's end.
    private const string EndOf = "(CASE WHEN @after > 0 THEN @after ELSE h.total + 1 END)";

    public static async Task ReadPagesAsync(
        SqliteDataReader reader,
        NeighbourQuery query,
        Dictionary<string, NeighbourPage> pages,
        bool byOffset,
        bool fromCursor,
        CancellationToken ct)
    {
        string? current = null;
        long total = 0;
        var items = new List<Neighbour>();
        var further = false;

        void Flush()
        {
            if (current is not null)
            {
                pages[current] = NeighbourPage.Read(items, total, query.Backward, further, fromCursor);
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
                further = false;
            }

            if (items.Count == query.First)
            {
                further = true;
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
