using GraphQL.DataLoader;

namespace GovGraph.Api.Graph;

/// <summary>
/// A per-request batch loader. Keys asked for while one level of the query executes join one open batch;
/// the first time any of their results is awaited, GraphQL.NET has finished the level, so the batch closes
/// and is fetched with one call. Later keys start a new batch. Each key is fetched at most once per request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch = fetch;
    private readonly TValue _missing = missing;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Batch> _batchOfKey = [];
    private Batch? _open;

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batchOfKey.TryGetValue(key, out var batch))
            {
                batch = _open ??= new Batch(this);
                batch.Keys.Add(key);
                _batchOfKey[key] = batch;
            }

            return new Result(batch, key, _missing);
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> loader)
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? _fetching;

        public List<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(CancellationToken ct)
        {
            lock (loader._gate)
            {
                if (_fetching is null)
                {
                    if (ReferenceEquals(loader._open, this))
                    {
                        loader._open = null;
                    }

                    _fetching = loader._fetch(Keys, ct);
                }

                return _fetching;
            }
        }
    }

    private sealed class Result(Batch batch, TKey key, TValue missing) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.FetchAsync(cancellationToken).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
