using System.Runtime.CompilerServices;
using GovGraph.Domain.Model;

namespace GovGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Each row is yielded as it is read, so an export of any size holds one row at a time.
    public async IAsyncEnumerable<GraphNode> ReadAllNodesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await _connections.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT n.id, n.label, n.props, n.version FROM nodes n ORDER BY n.seq;";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return Rows.Node(reader, 0);
        }
    }

    public async IAsyncEnumerable<GraphRelationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await _connections.OpenAsync(ct);
        await using var command = connection.CreateCommand();

        // CROSS JOIN keeps rels as the outer loop, so rows come in seq order straight off its primary key.
        command.CommandText = """
            SELECT r.id, r.type, s.id, e.id, r.props
            FROM rels r
            CROSS JOIN nodes s ON s.seq = r.start_seq
            CROSS JOIN nodes e ON e.seq = r.end_seq
            ORDER BY r.seq;
            """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new GraphRelationship(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                PropertyJson.Deserialize(reader.GetString(4)));
        }
    }
}
