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
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        if (options.Value.Seed != "ningguo" || !await store.IsEmptyAsync(cancellationToken))
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        // The seeded case history ends within the last week, so its open cases are recent (not all overdue).
        var batch = NingguoGenerator.Generate(casesAsOf: time.GetUtcNow());
        await store.WriteAsync(batch, cancellationToken);
        logger.LogInformation(
            "Seeded the empty store with Ningguo: {Nodes} nodes, {Relationships} relationships in {ElapsedMs} ms",
            batch.CreateNodes.Count,
            batch.CreateRelationships.Count,
            clock.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
