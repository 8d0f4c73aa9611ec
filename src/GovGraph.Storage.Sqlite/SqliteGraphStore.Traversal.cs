using GovGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // A node's path '/1/5/9/' read as the JSON array [1,5,9]: its placement chain, root first, itself last.
    private const string AncestorsSql = """
        WITH src AS (
            SELECT n.id AS id, n.path AS path
            FROM nodes n
            WHERE n.id IN (SELECT value FROM json_each(@ids))
        )
        SELECT s.id, a.id
        FROM src s
        CROSS JOIN json_each('[' || replace(trim(s.path, '/'), '/', ',') || ']') j
        CROSS JOIN nodes a ON a.seq = j.value
        ORDER BY s.id, j.key DESC;
        """;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAncestorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var connection = await _connections.OpenAsync(ct);
        return await ReadAncestorsAsync(connection, null, ids, ct);
    }

    /// <summary>Ancestors by the stored paths, on a given connection (a write transaction's, to see its own writes).</summary>
    internal static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadAncestorsAsync(
        SqliteConnection connection, SqliteTransaction? tx, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = AncestorsSql;
        var parameter = command.Parameters.Add("@ids", SqliteType.Text);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(IdChunkSize))
        {
            parameter.Value = PropertyJson.SerializeArray(chunk);
            await using var reader = await command.ExecuteReaderAsync(ct);
            List<string>? chain = null;
            string? current = null;
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetString(0);
                if (!string.Equals(id, current, StringComparison.Ordinal))
                {
                    // The first row of each node is the node itself (the end of its own path).
                    current = id;
                    chain = [];
                    result[id] = chain;
                    continue;
                }

                chain!.Add(reader.GetString(1));
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<GraphRelationship>> GetAdjacentAsync(
        IReadOnlyCollection<string> ids, IReadOnlyCollection<string>? types, DateOnly? asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (types is { Count: 0 })
        {
            return [];
        }

        var sql = CriteriaSql.Empty(Today);
        var typeCondition = types is null
            ? string.Empty
            : $"AND r.type IN (SELECT value FROM json_each({sql.Parameter(PropertyJson.SerializeArray(types.Distinct(StringComparer.Ordinal)))}))";
        var valid = sql.ValidAt("r", asOf);

        // Both directions through their own endpoint index; a relationship between two of the ids (or a loop)
        // is found twice, so the union is deduplicated by relationship seq.
        var text = $"""
            WITH src AS (
                SELECT n.seq AS seq FROM nodes n WHERE n.id IN (SELECT value FROM json_each(@ids))
            ),
            hits AS (
                SELECT r.seq AS seq FROM src s CROSS JOIN rels r ON r.start_seq = s.seq WHERE {valid} {typeCondition}
                UNION ALL
                SELECT r.seq AS seq FROM src s CROSS JOIN rels r ON r.end_seq = s.seq WHERE {valid} {typeCondition}
            )
            SELECT r.seq, r.id, r.type, a.id, b.id, r.props
            FROM (SELECT DISTINCT seq FROM hits) h
            CROSS JOIN rels r ON r.seq = h.seq
            JOIN nodes a ON a.seq = r.start_seq
            JOIN nodes b ON b.seq = r.end_seq
            ORDER BY r.seq;
            """;

        var seen = new HashSet<long>();
        var result = new List<GraphRelationship>();
        await using var connection = await _connections.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        sql.Bind(command);
        var parameter = command.Parameters.Add("@ids", SqliteType.Text);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(IdChunkSize))
        {
            parameter.Value = PropertyJson.SerializeArray(chunk);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (seen.Add(reader.GetInt64(0)))
                {
                    result.Add(new GraphRelationship(
                        reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                        PropertyJson.Deserialize(reader.GetString(5))));
                }
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, CoverageFigures>> GetCoverageAsync(IReadOnlyCollection<string> unitIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        var sql = CriteriaSql.Empty(Today);
        var text = CoverageSql.Build(sql);
        var result = new Dictionary<string, CoverageFigures>(StringComparer.Ordinal);
        await using var connection = await _connections.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        sql.Bind(command);
        var parameter = command.Parameters.Add("@ids", SqliteType.Text);
        foreach (var chunk in unitIds.Distinct(StringComparer.Ordinal).Chunk(IdChunkSize))
        {
            parameter.Value = PropertyJson.SerializeArray(chunk);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetString(0);
                result[id] = new CoverageFigures(
                    id, reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
            }
        }

        return result;
    }
}
