using GovGraph.Api.Security.ApiKeys;
using GovGraph.Api.Tests.Cli;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GovGraph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Tests.Security.ApiKeys;

/// <summary>
/// A real SQLite store holding a city, a township and one person (not an org unit), with an
/// <see cref="ApiKeyService"/> over it whose clock the test moves.
/// </summary>
public sealed class ApiKeyKit : IDisposable
{
    public const string Person = "person:wang";

    private readonly CliFixture _files;

    private ApiKeyKit(CliFixture files, SqliteGraphStore store, ManualClock clock, int cacheSeconds)
    {
        _files = files;
        Store = store;
        Clock = clock;
        Service = NewService(cacheSeconds);
    }

    public SqliteGraphStore Store { get; }

    public ManualClock Clock { get; }

    public ApiKeyService Service { get; }

    public static CancellationToken Ct => CancellationToken.None;

    public static async Task<ApiKeyKit> CreateAsync(int cacheSeconds = 10)
    {
        var files = new CliFixture();
        var store = await files.SmallStoreAsync();
        var batch = new GraphWriteBatch();
        batch.CreateNodes.Add(new GraphNode(Person, Labels.Person, new Dictionary<string, object?> { [Props.Name] = "王" }));
        await store.WriteAsync(batch, Ct);
        return new ApiKeyKit(files, store, new ManualClock(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero)), cacheSeconds);
    }

    /// <summary>Another service over the same store: another API instance, or the CLI.</summary>
    public ApiKeyService NewService(int cacheSeconds = 10) =>
        new(Store, Store, Options.Create(new ApiKeyOptions { ApiKeyCacheSeconds = cacheSeconds }), Clock);

    /// <summary>Whether any file of the store (the database, its write-ahead log) holds the text, as bytes.</summary>
    public async Task<bool> StoreFilesContainAsync(string text)
    {
        // Closing the pooled connections checkpoints the log into the database file.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(Store.Options.Path)!))
        {
            try
            {
                if (System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file, Ct)).Contains(text, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (FileNotFoundException)
            {
                // NOTE: a log file removed by its last connection closing; its pages are in the database file.
            }
        }

        return false;
    }

    public void Dispose() => _files.Dispose();
}

/// <summary>A clock the test sets.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
