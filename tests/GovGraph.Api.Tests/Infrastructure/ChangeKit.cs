using GovGraph.Api.Analytics;
using GovGraph.Api.Changes.Feed;
using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GovGraph.Storage.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Infrastructure;

/// <summary>
/// Commits changes the way the write path does (one store transaction with its change-log events, then the
/// publisher) and waits for an instance's hub to deliver them.
/// </summary>
public static class ChangeKit
{
    /// <summary>
    /// Links a household under <paramref name="under"/> that no member links yet to a member of its party group,
    /// publishes the event on this instance and returns its cursor.
    /// </summary>
    public static async Task<long> LinkUnassignedHouseholdAsync(IServiceProvider services, string under)
    {
        var store = services.GetRequiredService<IGraphStore>();
        var page = await store.FindNodesAsync(new NodeQuery(AnalyticsQueries.Unassigned(under), 1, IncludeTotal: false), CancellationToken.None);
        var household = Assert.Single(page.Items).Node.Id;
        var facts = SeededFacts.Get;
        var group = facts.GroupOfHousehold[household];
        var member = facts.Current.FirstOrDefault(r => r.Type == RelTypes.Links && facts.GroupOfHousehold.GetValueOrDefault(r.EndId) == group)?.StartId
            ?? facts.Current.First(r => r.Type == RelTypes.Links).StartId;
        var link = new GraphRelationship($"rel:test-{Guid.NewGuid():N}", RelTypes.Links, member, household, GraphRelationship.NoProperties);

        var result = await store.ExecuteWriteAsync(new WriteContext("tests"), async (tx, ct) =>
        {
            await tx.InsertRelationshipAsync(link, ct);
            tx.Append(new NewChange(
                ChangeType.RelationshipCreated, null, null, new RelationshipRef(link.Id, link.Type, link.StartId, link.EndId),
                null, link.Properties, [member, household], []));
            return link.Id;
        }, CancellationToken.None);
        await services.GetRequiredService<IChangePublisher>().PublishAsync(result.Events, CancellationToken.None);
        return result.Events[^1].Cursor;
    }

    /// <summary>Waits until this instance's hub has delivered <paramref name="cursor"/> (its listeners have run).</summary>
    public static async Task WaitForDeliveryAsync(IServiceProvider services, long cursor, TimeSpan? within = null)
    {
        var hub = services.GetRequiredService<IChangeHub>();
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (hub.Delivered < cursor)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The hub delivered up to {hub.Delivered}, not {cursor}.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, or fails with <paramref name="what"/>.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Timed out waiting until " + what);
            }

            await Task.Delay(50);
        }
    }
}
