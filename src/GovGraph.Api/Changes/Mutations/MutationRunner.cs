using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Graph;
using GovGraph.Domain.Rules;
using GovGraph.Storage;
using GovGraph.Storage.Editing;
using GovGraph.Storage.Writing;
using GraphQL;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>
/// What every mutation resolver does around its edit: find the actor, run the edit in one store transaction,
/// publish the committed events, and turn a refusal into payload errors (the transaction has rolled back, so
/// nothing changed).
/// </summary>
public static class MutationRunner
{
    public delegate Task<object?> Edit(GraphEditor editor, IGraphWriteTransaction tx, string? idempotencyKey, CancellationToken ct);

    public static async Task<MutationPayload> RunAsync(IResolveFieldContext context, string mutation, Edit edit)
    {
        var input = MutationInputs.Of(context);
        var clientMutationId = MutationInputs.ClientMutationId(input);
        var services = context.RequestServices!;
        var actor = services.GetRequiredService<ActorResolver>().Resolve(context.User);
        try
        {
            var key = IdempotencyKey.For(actor, mutation, clientMutationId);
            var editor = services.GetRequiredService<GraphEditor>();
            var result = await NodeFields.Loaders(context).Store.ExecuteWriteAsync(
                new WriteContext(actor), (tx, ct) => edit(editor, tx, key, ct), context.CancellationToken);

            // NOTE: committed is committed: a client leaving now must not keep this instance's subscribers from
            // hearing of it, so publishing ignores the request's cancellation.
            if (result.Events.Count > 0)
            {
                await services.GetRequiredService<IChangePublisher>().PublishAsync(result.Events, CancellationToken.None);
            }

            return new MutationPayload(result.Value, clientMutationId, []);
        }
        catch (DomainRuleException refused)
        {
            return MutationPayload.Refused(clientMutationId, new MutationError(refused.Code, refused.Message, refused.Field));
        }
        catch (StoreException refused) when (refused.Code is StoreException.DuplicateId or StoreException.InvalidId or StoreException.NodeNotFound)
        {
            // The editor checks these first; the store's own check only answers a race with another writer.
            return MutationPayload.Refused(clientMutationId, new MutationError(refused.Code, refused.Message, null));
        }
    }
}
