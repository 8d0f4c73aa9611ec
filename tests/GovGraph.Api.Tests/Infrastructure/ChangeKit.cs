using GovGraph.Api.Analytics;
using GovGraph.Api.Changes.Feed;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Infrastructure;

/// <summary>Commits changes through an instance's API and waits for an instance's hub to deliver them.</summary>
public static class ChangeKit
{
    /// <summary>
    /// Links a household under <paramref name="under"/> that no member links yet to a member of its party group with
    /// the <c>linkHousehold</c> mutation on this instance, and returns the cursor of the change.
    /// </summary>
    public static async Task<long> LinkUnassignedHouseholdAsync(WebApplicationFactory<Program> instance, string under)
    {
        var store = instance.Services.GetRequiredService<IGraphStore>();
        var page = await store.FindNodesAsync(new NodeQuery(AnalyticsQueries.Unassigned(under), 1, IncludeTotal: false), CancellationToken.None);
        var household = Assert.Single(page.Items).Node.Id;
        var facts = SeededFacts.Get;
        var group = facts.GroupOfHousehold[household];
        var member = facts.Current.First(r => r.Type == RelTypes.Links && facts.GroupOfHousehold.GetValueOrDefault(r.EndId) == group).StartId;

        var response = await instance.CreateClient().PostAsync(
            "mutation ($m: ID!, $h: ID!) { linkHousehold(input: { member: $m, household: $h }) { relationship { id } errors { code message } } }",
            new { m = member, h = household });

        var payload = response.AssertNoErrors().Data["linkHousehold"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.NotNull(payload["relationship"]);
        return (await store.GetChangeLogInfoAsync(CancellationToken.None)).Latest;
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
