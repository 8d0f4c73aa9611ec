using GraphQL;
using GraphQL.Execution;

namespace GovGraph.Api.Schema;

/// <summary>
/// Runs each event of a subscription in its own service scope. A subscription lives as long as its connection;
/// without this, every event would share one scope's batch loaders, which cache nodes for the request, and
/// <c>node</c> on a later event would show the node as the first event saw it.
/// </summary>
public sealed class ScopedSubscriptionExecutionStrategy : SubscriptionExecutionStrategy
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        var scopes = context.RequestServices!.GetRequiredService<IServiceScopeFactory>();
        await using var scope = scopes.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        return await base.ProcessDataAsync(context, node, value);
    }
}
