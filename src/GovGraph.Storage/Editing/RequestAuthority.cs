using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Scoping;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Editing;

/// <summary>
/// Who may take an action on a case, judged by what the caller's transaction sees (a scoped caller sees the nodes
/// at or under its unit; an unscoped one sees everything, so it passes every check):
/// <list type="bullet">
/// <item>Accept, send back, start, resolve: the handler's work. The caller must see the current handler: its own
/// unit's key, or a level above acting for it. A case that climbed above the caller's scope is out of its hands
/// (NOT_HANDLER), though the caller still sees the case under its household.</item>
/// <item>Extension: granted by the level above the handler on the household's chain. The caller must see that
/// level; at the top (the city holds the case) only a caller who sees the city grants it. A handler no longer on
/// the chain (the household moved) is judged from the chain's top (NOT_LEVEL_ABOVE otherwise).</item>
/// <item>Rate, close: the follow-up (回访) and the closing (销号) are recorded by whoever sees the case.</item>
/// </list>
/// </summary>
internal static class RequestAuthority
{
    public static async Task RequireMayActAsync(
        IGraphWriteTransaction tx, GraphNode request, RequestState state, RequestAction action, CancellationToken ct)
    {
        // A step the case's status does not allow is the workflow's ILLEGAL_TRANSITION for everyone (the caller sees
        // the case and its status anyway); asking who may take it would answer a question nobody can act on, and a
        // closed case whose handler was deleted has no handler to be.
        if (!action.AllowedFrom.Contains(state.Status))
        {
            return;
        }

        switch (action)
        {
            case RequestAction.Accept or RequestAction.SendBack or RequestAction.Start or RequestAction.Resolve:
                if (!await ScopedWriteTransaction.SeesAsync(tx, state.Assignee, ct))
                {
                    // The message names no node: the handler is outside what the caller may see.
                    throw new DomainRuleException(RuleCodes.NotHandler,
                        "The request is held above your scope; only its handler or a level above it may act on it.", "request");
                }

                break;

            case RequestAction.RequestExtension:
                var chain = await RequestEdits.ChainOfAsync(tx, request.Id, ct);
                var granting = chain.Contains(state.Assignee)
                    ? chain.Next(state.Assignee)?.Id ?? state.Assignee
                    : chain.Handlers.LastOrDefault()?.Id ?? state.Assignee;
                if (!await ScopedWriteTransaction.SeesAsync(tx, granting, ct))
                {
                    throw new DomainRuleException(RuleCodes.NotLevelAbove,
                        "An extension is granted by the level above the request's handler; your scope does not reach it.", "request");
                }

                break;
        }
    }
}
