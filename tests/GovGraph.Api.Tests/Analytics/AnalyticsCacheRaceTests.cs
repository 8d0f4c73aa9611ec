using System.Reflection;
using GovGraph.Api.Analytics.Caching;
using GovGraph.Storage;
using GovGraph.Storage.Analytics;
using GovGraph.Storage.Sqlite;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Tests.Analytics;

/// <summary>
/// A figure whose computation a change overtakes: read before the commit, finished after its invalidation. The
/// store is the real SQLite store; a proxy only holds one count until the test lets it go.
/// </summary>
public sealed class AnalyticsCacheRaceTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "govgraph-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;
    private SqliteGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "govgraph.db") });
        await _store.InitializeAsync(CancellationToken.None);
        _services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task AFigureComputedAcrossAnInvalidationIsServedButNotKept()
    {
        var cache = NewCache();
        var store = HeldStore.Wrap(_store);

        var overtaken = cache.CountAsync(store, "villages", Figures.Villages, CancellationToken.None);
        await HeldStore.Of(store).Started.Task;
        await cache.InvalidateAsync(["village:x"], CancellationToken.None);
        HeldStore.Of(store).Release.SetResult();

        Assert.Equal(0, await overtaken);
        Assert.Equal(0, await cache.CountAsync(store, "villages", Figures.Villages, CancellationToken.None));
        Assert.Equal(2, HeldStore.Of(store).Counts);
    }

    [Fact]
    public async Task AFigureComputedWithNoChangeBetweenIsKept()
    {
        var cache = NewCache();
        var store = HeldStore.Wrap(_store);

        var first = cache.CountAsync(store, "villages", Figures.Villages, CancellationToken.None);
        await HeldStore.Of(store).Started.Task;
        HeldStore.Of(store).Release.SetResult();

        Assert.Equal(0, await first);
        Assert.Equal(0, await cache.CountAsync(store, "villages", Figures.Villages, CancellationToken.None));
        Assert.Equal(1, HeldStore.Of(store).Counts);
    }

    private AnalyticsCache NewCache() =>
        new(_services.GetRequiredService<HybridCache>(), Options.Create(new AnalyticsCacheOptions()));

    /// <summary>Forwards every call to the real store; the first count waits for <see cref="Release"/>.</summary>
    public class HeldStore : DispatchProxy
    {
        private IGraphStore _inner = null!;
        private int _counts;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Counts => _counts;

        public static IGraphStore Wrap(IGraphStore inner)
        {
            var proxy = Create<IGraphStore, HeldStore>();
            ((HeldStore)(object)proxy)._inner = inner;
            return proxy;
        }

        public static HeldStore Of(IGraphStore proxy) => (HeldStore)(object)proxy;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name != nameof(IGraphStore.CountNodesAsync))
            {
                return targetMethod.Invoke(_inner, args);
            }

            return Interlocked.Increment(ref _counts) == 1 ? HeldCountAsync(args!) : targetMethod.Invoke(_inner, args);
        }

        private async Task<long> HeldCountAsync(object?[] args)
        {
            Started.SetResult();
            await Release.Task;
            return await _inner.CountNodesAsync((NodeCriteria)args[0]!, (CancellationToken)args[1]!);
        }
    }
}
