using GovGraph.Domain.Model;
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

    [Fact]
    public async Task CurrentMeansValidOnTheInjectedClocksDate()
    {
        var path = Path.Combine(_folder, "clock", "govgraph.db");
        var store = new SqliteGraphStore(new SqliteStoreOptions
        {
            Path = path,
            TimeProvider = new FixedClock(new DateTimeOffset(2015, 6, 1, 12, 0, 0, TimeSpan.Zero)),
        });
        await store.InitializeAsync(Ct);
        await store.WriteAsync(SampleGraph.Build(), Ct);
        var batch = new GraphWriteBatch();
        batch.CreateRelationships.Add(SampleGraph.NewRel("r:zhao-links-4", RelTypes.Links, SampleGraph.Zhao, SampleGraph.Household(4),
            (Props.Since, "2010-01-01"), (Props.Until, "2020-01-01")));
        await store.WriteAsync(batch, Ct);

        var pages = await store.GetNeighboursAsync(new NeighbourQuery([SampleGraph.Zhao], RelTypes.Links, Direction.Out, 5), Ct);
        Assert.Equal([SampleGraph.Household(4)], pages[SampleGraph.Zhao].Items.Select(n => n.Node.Id));
        Assert.Equal(1, (await store.GetCoverageAsync([SampleGraph.Dongcun], Ct))[SampleGraph.Dongcun].Linked);

        // The same file read with today's clock: the link has ended.
        var today = new SqliteGraphStore(new SqliteStoreOptions { Path = path });
        Assert.Equal(0, (await today.GetCoverageAsync([SampleGraph.Dongcun], Ct))[SampleGraph.Dongcun].Linked);
    }

    [Fact]
    public async Task AVersionOneFileIsMigratedAndItsRelationshipsGetValidity()
    {
        var store = (SqliteGraphStore)await CreateStoreAsync();
        var batch = SampleGraph.Build();
        batch.CreateRelationships.Add(SampleGraph.NewRel("r:zhao-links-4", RelTypes.Links, SampleGraph.Zhao, SampleGraph.Household(4), (Props.Until, "2001-01-01")));
        await store.WriteAsync(batch, Ct);

        // Take the file back to schema version 1, as an older build left it.
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={store.Options.Path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                DROP TABLE api_keys;
                DROP TABLE changes; DROP TABLE change_scope; DROP TABLE change_log_meta; DROP TABLE idempotency;
                DELETE FROM sqlite_sequence WHERE name = 'changes';
                ALTER TABLE nodes DROP COLUMN version;
                DROP INDEX ix_rels_start_valid; DROP INDEX ix_rels_end_valid; DROP INDEX ix_nodes_depth_path;
                DROP INDEX ix_nodes_parent_label;
                ALTER TABLE rels DROP COLUMN valid_since; ALTER TABLE rels DROP COLUMN valid_until;
                CREATE INDEX ix_rels_start ON rels (start_seq, type); CREATE INDEX ix_rels_end ON rels (end_seq, type);
                CREATE INDEX ix_nodes_parent ON nodes (parent_seq);
                PRAGMA user_version = 1;
                """;
            command.ExecuteNonQuery();
        }

        var migrated = await ReopenAsync(store);
        Assert.Equal([SampleGraph.Household(4), SampleGraph.Household(6)], (await migrated.FindNodesAsync(new NodeQuery(new NodeCriteria
        {
            Labels = [Labels.Household],
            Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false)],
        }, 10), Ct)).Items.Select(i => i.Node.Id));
        using var check = new SqliteConnection($"Data Source={store.Options.Path}");
        check.Open();
        using var version = check.CreateCommand();
        version.CommandText = "PRAGMA user_version;";
        Assert.Equal(4L, (long)version.ExecuteScalar()!);
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

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
