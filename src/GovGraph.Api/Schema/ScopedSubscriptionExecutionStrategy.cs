using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GovGraph.Api.Security;
using GovGraph.Api.Transport;
using GraphQL;
using GraphQL.Execution;

namespace GovGraph.Api.Schema;

/// <summary>
/// Executes each subscription event in its own service scope, once for all subscribers that asked the same thing.
/// <para>
/// Scope: a subscription lives as long as its connection; without a scope per event, every event would share one
/// scope's batch loaders, which cache nodes for the request, and <c>node</c> on a later event would show the node as
/// the first event saw it.
/// </para>
/// <para>
/// Sharing: the hub hands the same event object to every live subscriber. Subscribers whose document, operation,
/// variables and caller (name, role, scope, personal-data claim, API key) are the same get the same answer for it, so the first one executes and serialises it and the
/// others send that text. A thousand live <c>changes { cursor at }</c> subscribers then cost one execution per
/// event, not a thousand. Replayed events are read per subscriber, so they are never shared.
/// </para>
/// </summary>
public sealed class ScopedSubscriptionExecutionStrategy(IMeterFactory meters) : SubscriptionExecutionStrategy
{
    /// <summary>The meter of the counters below, for dashboards (and tests) that watch sharing work.</summary>
    public const string MeterName = "GovGraph.Subscriptions";

    // The factory hands back one meter per name for this host, so both counters live on it.
    private readonly Counter<long> _executed = meters.Create(MeterName).CreateCounter<long>(
        "govgraph.subscription.events.executed", description: "Subscription events executed (once per distinct request and event).");

    private readonly Counter<long> _shared = meters.Create(MeterName).CreateCounter<long>(
        "govgraph.subscription.events.shared", description: "Subscription events answered with another subscriber's execution.");

    // Per event object: the answer of each distinct request. Entries go when the event is no longer referenced.
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Task<SerializedExecutionResult?>>> _answers = [];

    // Per subscription (its user context is its own dictionary): the request's fingerprint, computed once.
    private readonly ConditionalWeakTable<object, string> _fingerprints = [];

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        if (value is null || value.GetType().IsValueType || Fingerprint(context) is not { } key)
        {
            return await ExecuteAsync(context, node, value);
        }

        var answers = _answers.GetValue(value, _ => new ConcurrentDictionary<string, Task<SerializedExecutionResult?>>(StringComparer.Ordinal));
        var mine = new TaskCompletionSource<SerializedExecutionResult?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var answer = answers.GetOrAdd(key, mine.Task);
        if (answer != mine.Task)
        {
            // Null: the subscriber that executed it went away mid-way (its cancellation is not ours to share).
            if (await answer is { } shared)
            {
                _shared.Add(1);
                return shared;
            }

            return await ExecuteAsync(context, node, value);
        }

        try
        {
            // Resolved before the event's scope replaces (and then disposes) the context's services.
            var serializer = context.RequestServices!.GetRequiredService<IGraphQLTextSerializer>();
            var result = await ExecuteAsync(context, node, value);
            if (context.CancellationToken.IsCancellationRequested)
            {
                answers.TryRemove(key, out _);
                mine.SetResult(null);
                return result;
            }

            // Masked before it is shared: every subscriber sends exactly this text.
            UnhandledErrorMasking.Mask(result);
            var serialized = new SerializedExecutionResult(serializer.Serialize(result));
            mine.SetResult(serialized);
            return serialized;
        }
        catch
        {
            answers.TryRemove(key, out _);
            mine.TrySetResult(null);
            throw;
        }
    }

    private async ValueTask<ExecutionResult> ExecuteAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        _executed.Add(1);
        var scopes = context.RequestServices!.GetRequiredService<IServiceScopeFactory>();
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.EstablishCaller(context.User);
        context.RequestServices = scope.ServiceProvider;
        return await base.ProcessDataAsync(context, node, value);
    }

    /// <summary>
    /// What makes two subscriptions' answers to one event the same: the document, operation, variables and caller.
    /// The caller's scope and masking change what an answer holds, so callers that differ in any of them never
    /// share; a principal that describes no caller shares with no one.
    /// </summary>
    private string? Fingerprint(GraphQL.Execution.ExecutionContext context)
    {
        if (context.UserContext is not { } subscription || Caller.From(context.User) is not { } caller)
        {
            return null;
        }

        return _fingerprints.GetValue(subscription, _ =>
        {
            var variables = context.Variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
            string values;
            try
            {
                values = JsonSerializer.Serialize(variables);
            }
            catch (NotSupportedException)
            {
                // A value JSON cannot show: a fingerprint of its own, so this subscription shares with no other.
                values = Guid.NewGuid().ToString("N");
            }

            return string.Join('\u001f',
                context.Document.Source.ToString(),
                context.Operation.Name?.StringValue ?? string.Empty,
                caller.AuthenticatedBy,
                caller.Name,
                caller.Role.ToString(),
                caller.Scope ?? string.Empty,
                caller.PersonalDataClaim ? "pii" : string.Empty,
                caller.ApiKeyId ?? string.Empty,
                string.Join('\u001e', caller.AllowedDocuments),
                values);
        });
    }
}
