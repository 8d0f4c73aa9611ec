using GovGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// One statement for a whole batch of nodes' neighbour pages: window functions number each node's
/// relationships (by relationship seq, counting only those after the cursor) and count them all, and the
/// outer query keeps First + 1 per node, the extra row only signalling a next page. The total costs nothing
/// extra here, so it is always returned. CROSS JOIN keeps the requested nodes as the outer loop, so the
/// (start_seq, type) / (end_seq, type) indexes are used rather than a scan of every relationship of the type.
/// </summary>
internal static class NeighbourSql
{
    private const string Template = """
        WITH src AS (
            SELECT n.seq AS seq, n.id AS id
            FROM nodes n
            WHERE n.id IN (SELECT value FROM json_each(@ids))
        ),
        hits AS (
            SELECT s.id AS src_id, r.seq AS rel_seq, r.id AS rel_id, r.props AS rel_props, r.{other} AS other_seq,
                   r.seq > @after AS in_page,
                   ROW_NUMBER() OVER (PARTITION BY s.seq, r.seq > @after ORDER BY r.seq) AS rn,
                   COUNT(*) OVER (PARTITION BY s.seq) AS total
            FROM src s
            CROSS JOIN rels r ON r.{self} = s.seq AND r.type = @type
        )
        SELECT h.src_id, h.total, h.rel_seq, h.rel_id, h.rel_props, o.id, o.label, o.props
        FROM hits h
        JOIN nodes o ON o.seq = h.other_seq
        WHERE h.in_page AND h.rn <= @limit
        ORDER BY h.src_id, h.rel_seq;
        """;

    private static readonly string Out = Template.Replace("{self}", "start_seq").Replace("{other}", "end_seq");
    private static readonly string In = Template.Replace("{self}", "end_seq").Replace("{other}", "start_seq");

    public static string For(Direction direction) => direction == Direction.Out ? Out : In;

    public static async Task ReadPagesAsync(
        SqliteDataReader reader,
        NeighbourQuery query,
        Dictionary<string, NeighbourPage> pages,
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
            items.Add(new Neighbour(relationship, other, Cursor.Encode(Cursor.Relationship, reader.GetInt64(2))));
        }

        Flush();
    }
}
