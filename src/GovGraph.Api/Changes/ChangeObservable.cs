using GovGraph.Api.Changes.Feed;
using GovGraph.Domain.Changes;
using GovGraph.Storage;

namespace GovGraph.Api.Changes;

/// <summary>
/// A hub subscription as the observable GraphQL.NET's subscription execution wants: a reader task pushes each
/// event to the observer; disposing the observer's subscription stops the reader and leaves the hub.
/// </summary>
internal sealed class ChangeObservable(ChangeSubscription subscription, DeliveryWindow? window) : IObservable<ChangeEvent>
{
    public IDisposable Subscribe(IObserver<ChangeEvent> observer)
    {
        var stop = new CancellationTokenSource();
        _ = Task.Run(() => PumpAsync(observer, stop.Token));
        return new Stopper(stop, subscription);
    }

    private async Task PumpAsync(IObserver<ChangeEvent> observer, CancellationToken ct)
    {
        try
        {
            await foreach (var change in subscription.WithCancellation(ct))
            {
                if (window is not null)
                {
                    await window.WaitAsync(ct);
                }

                observer.OnNext(change);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client unsubscribed: nothing more to say.
        }
        catch (StoreException refusal) when (refusal.Code is StoreException.CursorExpired or StoreException.InvalidCursor)
        {
            // A subscriber lagging for longer than retention: the events it missed are gone.
            observer.OnError(ChangeArguments.CursorError(refusal));
        }
        catch (Exception ex)
        {
            observer.OnError(ex);
        }
    }

    private sealed class Stopper(CancellationTokenSource stop, ChangeSubscription subscription) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                stop.Cancel();
                subscription.Dispose();
                stop.Dispose();
            }
        }
    }
}
