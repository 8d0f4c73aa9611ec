using System.Diagnostics;
using System.Text.Json;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GovGraph.Storage.Seeding;
using GovGraph.Storage.Sqlite;

namespace GovGraph.Bench;

/// <summary>
/// One seeded store file per scale under the data folder, reused while its marker names the same scale and the
/// file still holds the marker's household count; otherwise deleted and seeded again (generate, then one write).
/// </summary>
internal static class StoreFiles
{
    public static async Task<(string Path, SeedMarker Marker, bool Reused)> EnsureAsync(string dataDir, int scale, CancellationToken ct)
    {
        Directory.CreateDirectory(dataDir);
        var path = System.IO.Path.Combine(dataDir, $"govgraph-scale{scale}.db");
        var markerPath = path + ".seed.json";

        if (File.Exists(path) && File.Exists(markerPath)
            && JsonSerializer.Deserialize<SeedMarker>(await File.ReadAllTextAsync(markerPath, ct)) is { } existing
            && existing.Scale == scale
            && await CountAsync(path, NodeCriteria.OfLabel(Labels.Household), ct) == existing.Households
            && await CountAsync(path, new NodeCriteria(), ct) == existing.Nodes
            // A file seeded before the generator added its cases has the same households: seed it again.
            && await CountAsync(path, NodeCriteria.OfLabel(Labels.ServiceRequest), ct) == (long)NingguoGenerator.CasesPerScale * scale)
        {
            return (path, existing, true);
        }

        // The checks above leave pooled connections on the old file; a new store at the same path would reuse them
        // and write into the deleted file.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(markerPath);
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = path });
        await store.InitializeAsync(ct);

        Console.WriteLine($"Seeding scale {scale} into {path} ...");
        var clock = Stopwatch.StartNew();
        var batch = NingguoGenerator.Generate(scale);
        var generateMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        await store.WriteAsync(batch, ct);
        var writeMs = clock.Elapsed.TotalMilliseconds;

        // As the API does when it starts on a seeded file: migrations are a no-op, planner statistics refresh.
        await store.InitializeAsync(ct);

        var households = await store.CountNodesAsync(NodeCriteria.OfLabel(Labels.Household), ct);
        var marker = new SeedMarker(scale, households, batch.CreateNodes.Count, batch.CreateRelationships.Count, generateMs, writeMs, DateTimeOffset.Now);
        await File.WriteAllTextAsync(markerPath, JsonSerializer.Serialize(marker), ct);
        Console.WriteLine($"Seeded scale {scale}: {marker.Nodes:N0} nodes, {marker.Relationships:N0} relationships, generate {generateMs / 1000:F1} s, write {writeMs / 1000:F1} s");
        return (path, marker, false);
    }

    private static async Task<long> CountAsync(string path, NodeCriteria criteria, CancellationToken ct)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = path });
        await store.InitializeAsync(ct);
        return await store.CountNodesAsync(criteria, ct);
    }
}
