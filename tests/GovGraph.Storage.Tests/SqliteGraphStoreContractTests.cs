using GovGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Tests;

/// <summary>The contract suite against the embedded store, each test with its own temporary database file.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "govgraph-tests", Guid.NewGuid().ToString("N"));

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        // A nested folder that does not exist yet: the store must create it.
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, "data", "govgraph.db") });
        await store.InitializeAsync(Ct);
        return store;
    }

    protected override async Task<IGraphStore> ReopenAsync(IGraphStore store)
    {
        // Drop pooled handles so the new instance really opens the file again.
        SqliteConnection.ClearAllPools();
        var reopened = new SqliteGraphStore(new SqliteStoreOptions { Path = ((SqliteGraphStore)store).Options.Path });
        await reopened.InitializeAsync(Ct);
        return reopened;
    }

    [Fact]
    public async Task TheBundledSqliteHasTheTrigramTokenizer()
    {
        await CreateStoreAsync();
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'trigram'); SELECT sqlite_version();";
        var version = Version.Parse((string)command.ExecuteScalar()!);
        Assert.True(version >= new Version(3, 34), $"SQLite {version} predates the trigram tokenizer.");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
