using System.Text;
using GovGraph.Storage.Interchange;
using GovGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Tests.Interchange;

/// <summary>Fresh SQLite stores in one temporary folder (deleted on dispose), and import/export over memory streams.</summary>
public sealed class TemporaryStores : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "govgraph-tests", Guid.NewGuid().ToString("N"));

    public static CancellationToken Ct => CancellationToken.None;

    public async Task<IGraphStore> CreateAsync(GraphWriteBatch? contents = null)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db") });
        await store.InitializeAsync(Ct);
        if (contents is not null)
        {
            await store.WriteAsync(contents, Ct);
        }

        return store;
    }

    public static async Task<byte[]> ExportAsync(IGraphStore store)
    {
        using var output = new MemoryStream();
        await ApocJsonWriter.WriteAsync(store, output, null, Ct);
        return output.ToArray();
    }

    public static Task<ImportResult> ImportAsync(IGraphStore store, string text, bool replace = false) =>
        ImportAsync(store, Encoding.UTF8.GetBytes(text), replace);

    public static async Task<ImportResult> ImportAsync(IGraphStore store, byte[] file, bool replace = false)
    {
        using var input = new MemoryStream(file);
        return await ApocJsonImporter.ImportAsync(input, store, new ImportOptions { Replace = replace }, null, Ct);
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
