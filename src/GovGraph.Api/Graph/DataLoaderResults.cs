using GraphQL.DataLoader;

namespace GovGraph.Api.Graph;

/// <summary>Composes loader results without leaving the batch: the continuation's own loads join the next level's batch.</summary>
public static class DataLoaderResults
{
    /// <summary>
    /// When <paramref name="first"/> completes, maps its value to another loader result. GraphQL.NET re-queues a
    /// result that is itself a loader result, so all continuations of one level are fetched together.
    /// </summary>
    public static IDataLoaderResult Then<T>(this IDataLoaderResult<T> first, Func<T, object?> next) =>
        new Chained<T>(first, next);

    public static IDataLoaderResult<TOut> Select<T, TOut>(this IDataLoaderResult<T> first, Func<T, TOut> map) =>
        new Mapped<T, TOut>(first, map);

    private sealed class Chained<T>(IDataLoaderResult<T> first, Func<T, object?> next) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            next(await first.GetResultAsync(cancellationToken).ConfigureAwait(false));
    }

    private sealed class Mapped<T, TOut>(IDataLoaderResult<T> first, Func<T, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await first.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
