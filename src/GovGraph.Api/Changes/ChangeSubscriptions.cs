using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Graph;
using GovGraph.Domain.Changes;
using GovGraph.Storage;
using GraphQL.Types;

namespace GovGraph.Api.Changes;

/// <summary>The <c>changes</c> subscription: replay from a cursor, then live, with no gap and no duplicate.</summary>
public static class ChangeSubscriptions
{
    public static void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<ChangeEventType>, ChangeEvent>("changes")
            .Description("Committed changes as they happen, in commit order. With `after`, first every kept event after that cursor, then live: resume with the last cursor you saw and you miss nothing and see nothing twice.")
            .Arguments(ChangeArguments.Definitions(
                "Replay the events after this cursor before the live ones (the last `cursor` you received); live events only when omitted."))
            .ResolveStreamAsync(async c =>
            {
                var changes = ChangeArguments.From(c);
                var hub = c.RequestServices!.GetRequiredService<ChangeHub>();
                // The hub and its catch-up reads are shared and unscoped, so the caller's scope travels in the filter.
                var filter = changes.Filter with { Within = NodeFields.Loaders(c).Caller.Scope };
                try
                {
                    var subscription = await hub.SubscribeAsync(changes.After, filter, c.CancellationToken);
                    var window = c.UserContext.TryGetValue(DeliveryWindow.Key, out var value) ? value as DeliveryWindow : null;
                    return new ChangeObservable(subscription, window);
                }
                catch (StoreException refusal) when (refusal.Code is StoreException.CursorExpired or StoreException.InvalidCursor)
                {
                    throw ChangeArguments.CursorError(refusal);
                }
            });
    }
}
