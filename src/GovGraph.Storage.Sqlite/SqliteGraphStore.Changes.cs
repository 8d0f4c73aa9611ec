using GovGraph.Domain.Changes;
using GovGraph.Storage.Changes;
using GovGraph.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string PrunedThroughKey = "pruned_through";

    // SQLite admits one writer; queueing this process's writers here is fair and immediate, where the busy
    // handler would make them poll with growing sleeps. Other processes on the same file still meet the busy timeout.
    private readonly SemaphoreSlim _writer = new(1, 1);

    public async Task<WriteResult<T>> ExecuteWriteAsync<T>(
        WriteContext context, Func<IGraphWriteTransaction, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await _connections.OpenAsync(ct);
            await using var tx = connection.BeginTransaction(deferred: false);

            // Read the clock once the write lock is held, so commit times rise with cursors.
            var now = Options.TimeProvider.GetUtcNow();
            var transaction = new SqliteWriteTransaction(connection, tx, context, now,
                DateOnly.FromDateTime(Options.TimeProvider.GetLocalNow().DateTime));
            var value = await work(transaction, ct);
            var events = await transaction.FlushChangesAsync(ct);

            // Cancellation stops at the commit: once it starts, the write and its events are kept together.
            await tx.CommitAsync(CancellationToken.None);
            return new WriteResult<T>(value, events);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<ChangePage> ReadChangesAsync(ChangeQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        await using var connection = await _connections.OpenAsync(ct);

        // One read transaction, so the bounds checked are the bounds of the log that is read.
        await using var tx = connection.BeginTransaction(deferred: true);
        var info = await ReadChangeLogInfoAsync(connection, tx, ct);
        if (query.Cursor < 0 || query.Cursor > info.Latest)
        {
            throw new StoreException(StoreException.InvalidCursor, "The change cursor was not issued by this change log.");
        }

        if (query.Cursor > 0 && query.Cursor < info.PrunedThrough)
        {
            throw new StoreException(StoreException.CursorExpired,
                "The change cursor is older than the change log keeps; start again without it (or from a newer one).");
        }

        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        var types = query.Types is null ? string.Empty : "AND c.type IN (SELECT value FROM json_each(@types))";

        // change_scope indexes each event under every id of its scope: Under drives the range scan when given (a
        // caller asks about its own part of the graph, so it is the narrower), and the caller's scope is one
        // primary-key probe per event; the scope alone drives the scan otherwise.
        var (drive, check) = query.Under is null ? (query.Within, null) : (query.Under, query.Within);
        var within = check is null
            ? string.Empty
            : "AND EXISTS (SELECT 1 FROM change_scope w WHERE w.node_id = @check AND w.cursor = s.cursor)";

        // Backwards is the same range scan the other way, nearest the cursor first.
        var (seek, order) = query.Backward ? ("<", " DESC") : (">", "");
        command.CommandText = drive is null
            ? $"SELECT {ChangeLogRows.Columns} FROM changes c WHERE c.cursor {seek} @after {types} ORDER BY c.cursor{order} LIMIT @limit;"
            : $"""
              SELECT {ChangeLogRows.Columns}
              FROM change_scope s CROSS JOIN changes c ON c.cursor = s.cursor
              WHERE s.node_id = @under AND s.cursor {seek} @after {within} {types}
              ORDER BY s.cursor{order} LIMIT @limit;
              """;
        command.Parameters.AddWithValue("@after", query.Backward ? (query.Before > 0 ? query.Before : long.MaxValue) : query.After);
        command.Parameters.AddWithValue("@limit", (long)query.First + 1);
        command.Parameters.AddWithValue("@under", (object?)drive ?? DBNull.Value);
        command.Parameters.AddWithValue("@check", (object?)check ?? DBNull.Value);
        command.Parameters.AddWithValue("@types", PropertyJson.SerializeArray((query.Types ?? []).Select(t => ChangeTypeNames.Of(t))));

        var events = new List<Domain.Changes.ChangeEvent>(Math.Min(query.First, 1000));
        var further = false;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (events.Count == query.First)
                {
                    further = true;
                    break;
                }

                events.Add(ChangeLogRows.Read(reader));
            }
        }

        return query.Page(events, further);
    }

    public async Task<ChangeLogInfo> GetChangeLogInfoAsync(CancellationToken ct)
    {
        await using var connection = await _connections.OpenAsync(ct);
        return await ReadChangeLogInfoAsync(connection, null, ct);
    }

    public async Task<long> PruneChangesAsync(DateTimeOffset olderThan, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await _connections.OpenAsync(ct);
            await using var tx = connection.BeginTransaction(deferred: false);
            await using var command = connection.CreateCommand();
            command.Transaction = tx;

            // Everything up to the newest old event goes, so what stays is always an unbroken tail of the log.
            command.CommandText = """
                SELECT MAX(cursor) FROM changes WHERE at_ms < @before;
                """;
            command.Parameters.AddWithValue("@before", olderThan.ToUnixTimeMilliseconds());
            var through = await command.ExecuteScalarAsync(ct);
            long removed = 0;
            if (through is long last)
            {
                command.CommandText = """
                    DELETE FROM change_scope WHERE cursor <= @through;
                    DELETE FROM changes WHERE cursor <= @through;
                    """;
                command.Parameters.AddWithValue("@through", last);
                await command.ExecuteNonQueryAsync(ct);
                command.CommandText = "SELECT changes();";
                removed = (long)(await command.ExecuteScalarAsync(ct))!;
                command.CommandText = """
                    INSERT INTO change_log_meta (key, value) VALUES (@key, @through)
                    ON CONFLICT (key) DO UPDATE SET value = MAX(value, excluded.value);
                    """;
                command.Parameters.AddWithValue("@key", PrunedThroughKey);
                await command.ExecuteNonQueryAsync(ct);
            }

            command.CommandText = "DELETE FROM idempotency WHERE at_ms < @before;";
            await command.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
            return removed;
        }
        finally
        {
            _writer.Release();
        }
    }

    private static async Task<ChangeLogInfo> ReadChangeLogInfoAsync(SqliteConnection connection, SqliteTransaction? tx, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;

        // sqlite_sequence keeps the newest cursor even when retention has emptied the table.
        command.CommandText = $"""
            SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'changes'), 0),
                   COALESCE((SELECT value FROM change_log_meta WHERE key = '{PrunedThroughKey}'), 0);
            """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new ChangeLogInfo(reader.GetInt64(0), reader.GetInt64(1));
    }
}
