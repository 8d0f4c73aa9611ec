using System.Diagnostics;
using GovGraph.Storage;
using GovGraph.Storage.Seeding;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Store;

/// <summary>
/// Creates or migrates the store's schema and seeds an empty store with the Ningguo dataset. It runs as a
/// hosted service, which ASP.NET Core starts before the server listens, so no request sees a half-seeded graph.
/// </summary>
public sealed class StoreInitializer(IGraphStore store, IOptions<StoreOptions> options, TimeProvider time, ILogger<StoreInitializer> logger)
    : IHostedService
{
    /// <summary>How often a seed that is still writing says so; the write is one transaction with no finer progress.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        if (options.Value.Seed != "ningguo" || !await store.IsEmptyAsync(cancellationToken))
        {
            return;
        }

        // A first start spends most of its time here, with the port not yet open: say what is happening, so a new
        // user sees progress instead of a silent terminal, and how to skip it.
        logger.LogInformation("The store is empty: seeding it with the Ningguo county (set Store:Seed=none to start empty)");
        var clock = Stopwatch.StartNew();
        // The seeded case history ends within the last week, so its open cases are recent (not all overdue).
        var batch = NingguoGenerator.Generate(casesAsOf: time.GetUtcNow());
        logger.LogInformation(
            "Seeding: generated {Nodes} nodes and {Relationships} relationships in {ElapsedMs} ms; writing them in one transaction",
            batch.CreateNodes.Count,
            batch.CreateRelationships.Count,
            clock.ElapsedMilliseconds);

        await SeedProgress.WhileRunningAsync(
            store.WriteAsync(batch, cancellationToken),
            time,
            ProgressInterval,
            elapsed => logger.LogInformation("Seeding: still writing, {ElapsedS} s so far", (int)elapsed.TotalSeconds),
            cancellationToken);
        logger.LogInformation(
            "Seeded the empty store with Ningguo: {Nodes} nodes, {Relationships} relationships in {ElapsedMs} ms",
            batch.CreateNodes.Count,
            batch.CreateRelationships.Count,
            clock.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
