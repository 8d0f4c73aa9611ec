using System.Collections.Concurrent;
using GovGraph.Domain.Changes;
using GovGraph.Storage;
using GovGraph.Storage.Changes;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Changes.Feed;

/// <summary>
/// This instance's change feed: one pump delivers every committed event once, in cursor order, first to the
/// <see cref="IChangeListener"/>s, then to the subscribers. Events are offered from anywhere (local commits, Redis)
/// and the change log is the truth: a gap in what was offered is filled from the log, a repeat is dropped, and a
/// poll of the log finds commits nobody offered (another instance's while Redis was down).
/// </summary>
public sealed class ChangeHub(
    IGraphStore store,
    IEnumerable<IChangeListener> listeners,
    IOptions<ChangeFeedOptions> options,
    ILogger<ChangeHub> logger) : BackgroundService, IChangeHub
{
    private const int PageSize = 500;

    private readonly ConcurrentQueue<ChangeEvent> _offered = new();
    // Never disposed: a late Accept (a commit finishing while the host stops) must not throw. It has no wait handle.
    private readonly SemaphoreSlim _signal = new(0);
    private readonly SortedDictionary<long, ChangeEvent> _waiting = [];
    private readonly IReadOnlyList<IChangeListener> _listeners = listeners.ToList();
    private readonly Lock _gate = new();
    private readonly List<ChangeSubscription> _subscribers = [];
    private readonly List<(long Cursor, TaskCompletionSource Done)> _waiters = [];
    private long _delivered;
    private volatile bool _checkLog;

    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>How many subscribers are registered now.</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public void Accept(IReadOnlyList<ChangeEvent> events)
    {
        foreach (var change in events)
        {
            _offered.Enqueue(change);
        }

        _signal.Release();
    }

    public Task WhenDeliveredAsync(long cursor)
    {
        lock (_gate)
        {
            if (_delivered >= cursor)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((cursor, done));
            return done.Task;
        }
    }

    public void Wake()
    {
        _checkLog = true;
        _signal.Release();
    }

    /// <summary>
    /// A subscriber of the events after <paramref name="after"/> (replayed from the log first), or, without it, of
    /// the events delivered from now on. A cursor the log never issued or has pruned fails here, before anything
    /// is registered: <see cref="StoreException"/> INVALID_CURSOR or CURSOR_EXPIRED.
    /// </summary>
    public async Task<ChangeSubscription> SubscribeAsync(long? after, ChangeFilter filter, CancellationToken ct)
    {
        if (after is { } cursor)
        {
            await store.ReadChangesAsync(new ChangeQuery(cursor, 1), ct);
        }

        var subscription = new ChangeSubscription(this, store, filter, options.Value.SubscriberBuffer, logger);
        lock (_gate)
        {
            subscription.Start(after, _delivered);
            _subscribers.Add(subscription);
        }

        return subscription;
    }

    internal void Remove(ChangeSubscription subscription)
    {
        lock (_gate)
        {
            _subscribers.Remove(subscription);
        }
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribers see what is committed from now on; older events are the log's to replay.
        var start = (await store.GetChangeLogInfoAsync(cancellationToken)).Latest;
        Interlocked.Exchange(ref _delivered, start);
        ChangeFeedLog.HubStarted(logger, start);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            bool signalled;
            try
            {
                signalled = await _signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await PumpAsync(checkLog: !signalled || _checkLog, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                ChangeFeedLog.HubReadFailed(logger, ex);
            }
        }
    }

    private async Task PumpAsync(bool checkLog, CancellationToken ct)
    {
        _checkLog = false;
        while (_offered.TryDequeue(out var change))
        {
            if (change.Cursor > _delivered)
            {
                _waiting.TryAdd(change.Cursor, change);
            }
        }

        await DeliverWaitingAsync(ct);
        if (_waiting.Count == 0 && checkLog && (await store.GetChangeLogInfoAsync(ct)).Latest > _delivered)
        {
            await FillFromLogAsync(ct);
        }
        else if (_waiting.Count > 0)
        {
            // A gap: the events between were committed (cursors have no holes) but not offered here.
            await FillFromLogAsync(ct);
        }
    }

    private async Task DeliverWaitingAsync(CancellationToken ct)
    {
        var batch = new List<ChangeEvent>();
        while (_waiting.Remove(_delivered + 1 + batch.Count, out var next))
        {
            batch.Add(next);
        }

        if (batch.Count > 0)
        {
            await DeliverAsync(batch, ct);
        }
    }

    private async Task FillFromLogAsync(CancellationToken ct)
    {
        while (true)
        {
            ChangePage page;
            try
            {
                page = await store.ReadChangesAsync(new ChangeQuery(_delivered, PageSize), ct);
            }
            catch (StoreException ex) when (ex.Code == StoreException.CursorExpired)
            {
                // Only a hub stalled for the whole retention gets here; what was pruned cannot be delivered.
                var pruned = (await store.GetChangeLogInfoAsync(ct)).PrunedThrough;
                ChangeFeedLog.HubExpired(logger, _delivered, pruned);
                Interlocked.Exchange(ref _delivered, pruned);
                continue;
            }

            if (page.Events.Count > 0)
            {
                await DeliverAsync(page.Events, ct);
            }

            foreach (var stale in _waiting.Keys.TakeWhile(k => k <= _delivered).ToList())
            {
                _waiting.Remove(stale);
            }

            await DeliverWaitingAsync(ct);
            if (!page.HasNext)
            {
                return;
            }
        }
    }

    private async Task DeliverAsync(IReadOnlyList<ChangeEvent> batch, CancellationToken ct)
    {
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnChangesAsync(batch, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                ChangeFeedLog.ListenerFailed(logger, ex, listener.GetType().Name, batch[0].Cursor, batch[^1].Cursor);
            }
        }

        lock (_gate)
        {
            Interlocked.Exchange(ref _delivered, batch[^1].Cursor);
            foreach (var subscriber in _subscribers)
            {
                subscriber.Offer(batch);
            }

            // Writers waiting for their own events: the listeners (the cache) have seen them now.
            _waiters.RemoveAll(w =>
            {
                if (w.Cursor > _delivered)
                {
                    return false;
                }

                w.Done.TrySetResult();
                return true;
            });
        }
    }
}
