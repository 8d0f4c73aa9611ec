using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Graph;
using GovGraph.Domain.Rules;
using GovGraph.Storage;
using GovGraph.Storage.Editing;
using GovGraph.Storage.Writing;
using GraphQL;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>
/// What every mutation resolver does around its edit: check the caller may write, find the actor, run the edit in
/// one store transaction over the caller's view, publish the committed events, and turn a refusal into payload
/// errors (the transaction has rolled back, so nothing changed). The edit gets its editor from the services: the
/// <see cref="GraphEditor"/> for the graph, the <see cref="ServiceRequestEditor"/> for the cloud platform's cases.
/// </summary>
public static class MutationRunner
{
    /// <summary>A graph edit; the graph editor reads the actor from the transaction's write context.</summary>
    public delegate Task<object?> Edit(GraphEditor editor, IGraphWriteTransaction tx, string? idempotencyKey, CancellationToken ct);

    /// <summary>An edit by any editor, handed the actor for editors that record it themselves.</summary>
    public delegate Task<object?> Edit<in TEditor>(
        TEditor editor, IGraphWriteTransaction tx, string actor, string? idempotencyKey, CancellationToken ct);

    public static Task<MutationPayload> RunAsync(IResolveFieldContext context, string mutation, Edit edit) =>
        RunAsync<GraphEditor>(context, mutation, (editor, tx, _, key, ct) => edit(editor, tx, key, ct));

    public static async Task<MutationPayload> RunAsync<TEditor>(IResolveFieldContext context, string mutation, Edit<TEditor> edit)
        where TEditor : notnull
    {
        var input = MutationInputs.Of(context);
        var clientMutationId = MutationInputs.ClientMutationId(input);
        var services = context.RequestServices!;
        var loaders = NodeFields.Loaders(context);
        if (!loaders.Caller.MayWrite)
        {
            return MutationPayload.Refused(clientMutationId, new MutationError(
                RuleCodes.Forbidden, "Changing the graph needs the editor or admin role.", null));
        }

        var actor = services.GetRequiredService<ActorResolver>().Resolve(context.User);
        try
        {
            var key = IdempotencyKey.For(actor, mutation, clientMutationId);
            var editor = services.GetRequiredService<TEditor>();
            // The caller's view of the store: nodes outside their scope are absent to the edit, and a new node that
            // would land outside it rolls the whole write back (OUT_OF_SCOPE).
            var result = await loaders.Store.ExecuteWriteAsync(
                new WriteContext(actor), (tx, ct) => edit(editor, tx, actor, key, ct), context.CancellationToken);

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
