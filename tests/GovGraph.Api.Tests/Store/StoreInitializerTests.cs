using GovGraph.Api.Store;
using GovGraph.Storage.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Tests.Store;

/// <summary>A first start seeds the empty store and says so in the log, phase by phase; a restart seeds nothing.</summary>
public sealed class StoreInitializerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govgraph-init-").FullName;
    private readonly List<string> _log = [];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task AFirstStartLogsWhatItSeedsThenTheCountsAndARestartSeedsNothing()
    {
        var path = Path.Combine(_folder, "govgraph.db");

        await Initializer(path).StartAsync(default);
        var firstStart = _log.ToList();
        _log.Clear();
        await Initializer(path).StartAsync(default);

        Assert.StartsWith("The store is empty: seeding it with the Ningguo county (set Store:Seed=none", firstStart[0]);
        Assert.Matches(@"^Seeding: generated 126073 nodes and 224623 relationships in \d+ ms; writing them in one transaction$", firstStart[1]);
        Assert.Matches(@"^Seeded the empty store with Ningguo: 126073 nodes, 224623 relationships in \d+ ms$", firstStart[^1]);
        Assert.All(firstStart[2..^1], line => Assert.Matches(@"^Seeding: still writing, \d+ s so far$", line));
        Assert.Empty(_log);
    }

    private StoreInitializer Initializer(string path) => new(
        new SqliteGraphStore(new SqliteStoreOptions { Path = path }),
        Options.Create(new StoreOptions { Path = path }),
        TimeProvider.System,
        new ListLogger(_log));

    private sealed class ListLogger(List<string> lines) : ILogger<StoreInitializer>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines)
            {
                lines.Add(formatter(state, exception));
            }
        }
    }
}
