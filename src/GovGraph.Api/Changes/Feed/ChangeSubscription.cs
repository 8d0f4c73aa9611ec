using System.Runtime.CompilerServices;
using GovGraph.Domain.Changes;
using GovGraph.Storage;
using GovGraph.Storage.Changes;

namespace GovGraph.Api.Changes.Feed;

/// <summary>
/// One subscriber of the hub: the events after its start position that match its filter, each once, in cursor
/// order. Live events wait in a bounded buffer; a subscriber that is replaying, or that let its buffer fill up,
/// is "lagging" and reads the change log instead until it has caught up with what the hub delivered, then takes
/// live events again. Either way it never skips an event and never sees one twice. Enumerate it once; dispose
/// it to leave the hub.
/// </summary>
public sealed class ChangeSubscription : IAsyncEnumerable<ChangeEvent>, IDisposable
{
    private const int PageSize = 500;

    private readonly ChangeHub _hub;
    private readonly IGraphStore _store;
    private readonly ChangeFilter _filter;
    private readonly int _capacity;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Queue<ChangeEvent> _queue = new();
    private TaskCompletionSource? _waiter;
    private long _position;
    private long _lastOffered;
    private bool _lagging;
    private bool _disposed;
    private int _enumerated;

    internal ChangeSubscription(ChangeHub hub, IGraphStore store, ChangeFilter filter, int capacity, ILogger logger)
    {
        _hub = hub;
        _store = store;
        _filter = filter;
        _capacity = capacity;
        _logger = logger;
    }

    /// <summary>The filter this subscriber applies.</summary>
    public ChangeFilter Filter => _filter;

    /// <summary>
    /// Called by the hub while it holds its delivery lock, so no batch slips between this and the first
    /// <see cref="Offer"/>. A replaying subscriber starts lagging at its <c>after</c> cursor.
    /// </summary>
    internal void Start(long? after, long delivered)
    {
        lock (_gate)
        {
            _position = after ?? delivered;
            _lastOffered = delivered;
            _lagging = after is not null;
        }
    }

    /// <summary>A batch the hub delivered (contiguous, in cursor order). Never blocks the hub.</summary>
    internal void Offer(IReadOnlyList<ChangeEvent> batch)
    {
        TaskCompletionSource? wake;
        lock (_gate)
        {
            _lastOffered = batch[^1].Cursor;
            if (!_lagging)
            {
                var matching = batch.Where(_filter.Matches).ToList();
                if (_queue.Count + matching.Count > _capacity)
                {
                    // Dropping the batch is safe: the reader drains what is queued, then reads the rest from the log.
                    _lagging = true;
                    ChangeFeedLog.SubscriberLagging(_logger, _capacity, _position);
                }
                else
                {
                    foreach (var change in matching)
                    {
                        _queue.Enqueue(change);
                    }
                }
            }

            wake = _waiter;
            _waiter = null;
        }

        wake?.TrySetResult();
    }

    public IAsyncEnumerator<ChangeEvent> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) != 0)
        {
            throw new InvalidOperationException("A change subscription is enumerated once.");
        }

        return ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    public void Dispose()
    {
        _hub.Remove(this);
        TaskCompletionSource? wake;
        lock (_gate)
        {
            _disposed = true;
            wake = _waiter;
            _waiter = null;
        }

        wake?.TrySetCanceled();
    }

    private async IAsyncEnumerable<ChangeEvent> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            ChangeEvent? next = null;
            Task? wait = null;
            var catchUp = false;
            lock (_gate)
            {
                if (_disposed)
                {
                    yield break;
                }

                if (_queue.TryDequeue(out var queued))
                {
                    next = queued;
                }
                else if (_lagging)
                {
                    catchUp = true;
                }
                else
                {
                    _waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    wait = _waiter.Task;
                }
            }

            if (next is not null)
            {
                // At the seam between the log and live events the same cursor can come twice; the first one counts.
                if (next.Cursor > _position)
                {
                    _position = next.Cursor;
                    yield return next;
                }

                continue;
            }

            if (catchUp)
            {
                await foreach (var change in CatchUpAsync(ct))
                {
                    yield return change;
                }

                continue;
            }

            await wait!.WaitAsync(ct);
        }
    }

    /// <summary>
    /// Reads the log after the position until the position covers every batch the hub offered, then rejoins live.
    /// </summary>
    private async IAsyncEnumerable<ChangeEvent> CatchUpAsync([EnumeratorCancellation] CancellationToken ct)
    {
        while (true)
        {
            // Everything through Latest is committed, so once the filtered pages run out the position covers it.
            var latest = (await _store.GetChangeLogInfoAsync(ct)).Latest;
            ChangePage page;
            do
            {
                page = await _store.ReadChangesAsync(
                    new ChangeQuery(_position, PageSize) { Under = _filter.Under, Within = _filter.Within, Types = _filter.Types }, ct);
                foreach (var change in page.Events)
                {
                    if (change.Cursor > _position)
                    {
                        _position = change.Cursor;
                        yield return change;
                    }
                }
            }
            while (page.HasNext);

            _position = Math.Max(_position, latest);
            lock (_gate)
            {
                if (_lastOffered <= _position)
                {
                    _lagging = false;
                    yield break;
                }
            }
        }
    }
}
