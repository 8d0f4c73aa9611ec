using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// Opens a connection per operation. Microsoft.Data.Sqlite pools the native handles, so opening is cheap;
/// the per-connection pragmas are re-applied on every open because a pooled handle may be brand new.
/// </summary>
internal sealed class SqliteConnectionFactory
{
    // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last commits).
    // A 64 MB page cache keeps bulk loads from spilling index pages mid-transaction; the journal size
    // limit trims the WAL file after a big seed has been checkpointed.
    private const string ConnectionPragmas =
        """
        PRAGMA synchronous = NORMAL;
        PRAGMA busy_timeout = 10000;
        PRAGMA temp_store = MEMORY;
        PRAGMA cache_size = -65536;
        PRAGMA journal_size_limit = 67108864;
        """;

    private readonly string _connectionString;

    public SqliteConnectionFactory(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Trim() == ":memory:")
        {
            throw new ArgumentException("The SQLite store needs a file path (':memory:' is not supported).", nameof(path));
        }

        FullPath = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    public string FullPath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = ConnectionPragmas;
            await pragmas.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
