using GovGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode, a connection per call. Placement ("under X") is
/// a materialised path per node, kept true by every write, so subtree queries are index range scans.
/// </summary>
public sealed partial class SqliteGraphStore(SqliteStoreOptions options) : IGraphStore
{
    /// <summary>How many ids go into one JSON array parameter; keeps single statements bounded.</summary>
    internal const int IdChunkSize = 5000;

    private readonly SqliteConnectionFactory _connections = new(options.Path);

    public SqliteStoreOptions Options { get; } = options;

    /// <summary>The date "current" relationships are valid at, by the injected clock's local date.</summary>
    private DateOnly Today => DateOnly.FromDateTime(Options.TimeProvider.GetLocalNow().DateTime);

    public async Task InitializeAsync(CancellationToken ct)
    {
        var folder = Path.GetDirectoryName(_connections.FullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await _connections.OpenAsync(ct);
        await SqliteSchema.MigrateAsync(connection, ct);
    }

    public async Task<bool> PingAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = await _connections.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1;";
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct)) == 1;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public async Task<bool> IsEmptyAsync(CancellationToken ct)
    {
        await using var connection = await _connections.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM nodes);";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct)) == 1;
    }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return [];
        }

        var found = new Dictionary<string, GraphNode>(distinct.Count, StringComparer.Ordinal);
        await using var connection = await _connections.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT n.id, n.label, n.props, n.version FROM nodes n WHERE n.id IN (SELECT value FROM json_each(@ids));";
        var parameter = command.Parameters.Add("@ids", SqliteType.Text);
        foreach (var chunk in distinct.Chunk(IdChunkSize))
        {
            parameter.Value = PropertyJson.SerializeArray(chunk);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var node = Rows.Node(reader, 0);
                found[node.Id] = node;
            }
        }

        // In the order asked for, which is what batch loaders want.
        return distinct.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public async Task<IReadOnlyDictionary<string, NeighbourPage>> GetNeighboursAsync(NeighbourQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var byOffset = query.Order is { Key: not NodeOrderKey.Insertion };
        var after = PageCursor.Decode(byOffset ? PageCursor.Offset : PageCursor.Relationship, query.Backward ? query.Before : query.After);
        if (query.Backward && !byOffset && after == 0)
        {
            after = long.MaxValue;
        }

        var ids = query.Ids.Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, NeighbourPage>(ids.Count, StringComparer.Ordinal);
        var sql = CriteriaSql.Empty(Today);
        await using var connection = await _connections.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = NeighbourSql.For(query, sql);
        sql.Bind(command);
        var idsParameter = command.Parameters.Add("@ids", SqliteType.Text);
        command.Parameters.AddWithValue("@type", query.RelationshipType);
        command.Parameters.AddWithValue("@after", after);
        command.Parameters.AddWithValue("@limit", (long)query.First + 1);

        foreach (var chunk in ids.Chunk(IdChunkSize))
        {
            idsParameter.Value = PropertyJson.SerializeArray(chunk);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await NeighbourSql.ReadPagesAsync(reader, query, result, byOffset, after is > 0 and < long.MaxValue, ct);
        }

        foreach (var id in ids)
        {
            result.TryAdd(id, NeighbourPage.Empty);
        }

        return result;
    }

    public async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var today = Today;
        var criteria = CriteriaSql.Build(query.Criteria, today);
        var depth = criteria.RelativeDepth(query.Criteria, "n") ?? "NULL";
        var key = criteria.OrderKey(query.Order, "n");
        await using var connection = await _connections.OpenAsync(ct);
        await using var command = connection.CreateCommand();

        long offset = 0;
        long? count = null;
        var take = query.First;
        bool? hasPrevious = null;
        var hasNext = false;
        if (key is null && !query.Backward)
        {
            // Keyset paging on seq: stable under inserts, and First + 1 rows tell whether a next page exists.
            var after = PageCursor.Decode(PageCursor.Node, query.After);
            hasPrevious = after > 0;
            command.CommandText = $"""
                SELECT n.id, n.label, n.props, n.version, n.seq, {depth} FROM nodes n
                WHERE {criteria.Where}
                  AND n.seq > {criteria.Parameter(after)}
                ORDER BY n.seq
                LIMIT {criteria.Parameter((long)query.First + 1)};
                """;
        }
        else if (key is null)
        {
            // The same seek the other way: the nearest First + 1 rows before the cursor, read back to front.
            var before = PageCursor.Decode(PageCursor.Node, query.Before);
            hasNext = before > 0;
            command.CommandText = $"""
                SELECT n.id, n.label, n.props, n.version, n.seq, {depth} FROM nodes n
                WHERE {criteria.Where}
                  AND n.seq < {criteria.Parameter(before > 0 ? before : long.MaxValue)}
                ORDER BY n.seq DESC
                LIMIT {criteria.Parameter((long)query.First + 1)};
                """;
        }
        else
        {
            // A computed order has no key to seek to, so its cursor is a position (a cursor of its own kind); a
            // backward page is the window ahead of its position, found from the count when it ends at the list's end.
            long limit = query.First + 1L;
            if (query.Backward)
            {
                var before = PageCursor.Decode(PageCursor.Offset, query.Before);
                hasNext = before > 0;
                if (before == 0)
                {
                    count = await CountAsync(connection, query.Criteria, today, ct);
                    before = count.Value + 1;
                }

                (offset, take, var previous) = OffsetWindow.Before(before, query.First);
                hasPrevious = previous;
                limit = take;
            }
            else
            {
                offset = PageCursor.Decode(PageCursor.Offset, query.After);
                hasPrevious = offset > 0;
            }

            command.CommandText = $"""
                SELECT n.id, n.label, n.props, n.version, n.seq, {depth} FROM nodes n
                WHERE {criteria.Where}
                ORDER BY {key}, n.seq
                LIMIT {criteria.Parameter(limit)} OFFSET {criteria.Parameter(offset)};
                """;
        }

        criteria.Bind(command);

        var items = new List<PagedNode>(Math.Min(take, 1000));
        var extra = false;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (items.Count == take)
                {
                    extra = true;
                    break;
                }

                var cursor = key is null
                    ? PageCursor.Encode(PageCursor.Node, reader.GetInt64(4))
                    : PageCursor.Encode(PageCursor.Offset, offset + items.Count + 1);
                int? level = reader.IsDBNull(5) ? null : reader.GetInt32(5);
                items.Add(new PagedNode(Rows.Node(reader, 0), cursor, level));
            }
        }

        if (key is null && query.Backward)
        {
            items.Reverse();
        }

        // The extra row lies past the page in the direction read; the other side is known from the cursor.
        var total = query.IncludeTotal ? count ?? await CountAsync(connection, query.Criteria, today, ct) : -1;
        return new NodePage(items, total, query.Backward ? hasNext : extra, hasPrevious ?? extra);
    }

    public async Task<long> CountNodesAsync(NodeCriteria criteria, CancellationToken ct)
    {
        await using var connection = await _connections.OpenAsync(ct);
        return await CountAsync(connection, criteria, Today, ct);
    }

    public async Task<double> SumAsync(NodeCriteria criteria, string property, CancellationToken ct)
    {
        var sql = CriteriaSql.Build(criteria, Today);
        var path = sql.Parameter(SqlValues.JsonPath(property));
        await using var connection = await _connections.OpenAsync(ct);
        await using var command = connection.CreateCommand();

        // TOTAL is 0.0 over no rows; non-numeric values are left out rather than read as 0.
        command.CommandText = $"""
            SELECT TOTAL(CASE WHEN json_type(n.props, {path}) IN ('integer', 'real')
                              THEN json_extract(n.props, {path}) END)
            FROM nodes n
            WHERE {sql.Where};
            """;
        sql.Bind(command);
        return Convert.ToDouble(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task WriteAsync(GraphWriteBatch batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.IsEmpty)
        {
            return;
        }

        await using var connection = await _connections.OpenAsync(ct);

        // Immediate: take the write lock now, so sequence numbers read at the start stay ours.
        await using var tx = connection.BeginTransaction(deferred: false);
        new BatchWriter(connection, tx, Today).Write(batch, ct);
        await tx.CommitAsync(ct);
    }

    private static async Task<long> CountAsync(SqliteConnection connection, NodeCriteria criteria, DateOnly today, CancellationToken ct)
    {
        var sql = CriteriaSql.Build(criteria, today);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM nodes n WHERE {sql.Where};";
        sql.Bind(command);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
