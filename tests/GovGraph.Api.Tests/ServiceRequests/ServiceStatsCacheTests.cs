using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Domain.Tests.ServiceRequests;
using GovGraph.Storage.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// <c>serviceStats</c> through the analytics cache: the cases are cached, the figures are computed at each
/// request's <c>now</c>, and a change under the unit drops the cases. Its own county, since one test writes.
/// </summary>
public sealed class ServiceStatsCacheTests(ServiceStatsCountyFactory factory) : IClassFixture<ServiceStatsCountyFactory>
{
    private const string Query = """
        query ($from: DateTime!, $to: DateTime!) {
          serviceStats(under: "city:ningguo", from: $from, to: $to) { cases overdue overdueForAcceptance byChild { unit { id } cases overdue } }
        }
        """;

    private HttpClient Viewer => factory.ClientFor("viewer");

    [Fact]
    public async Task ARepeatedQueryReadsTheCasesFromTheCacheAndStillSeesTheClockMove()
    {
        // A window of its own (a minute longer than the fixture's, same cases), so no other test filled its entry.
        var window = new { from = HandComputedCases.From.ToString("O"), to = HandComputedCases.To.AddMinutes(1).ToString("O") };
        await factory.ChangesDeliveredAsync();

        // NOTE: HybridCache dates entries and tag invalidations by the injected TimeProvider, so after an invalidation
        // a stopped clock must move before a new entry counts as newer than it.
        factory.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var first = (await Viewer.PostAsync(Query, window, trace: true)).AssertNoErrors();

        // Six hours later H (raised 09:45, to be signed for by 10:15) is overdue too: the figures move, the cases stay.
        factory.Clock.Advance(TimeSpan.FromHours(6));
        var second = (await Viewer.PostAsync(Query, window, trace: true)).AssertNoErrors();

        // First: the unit, the cases, the children and which child each case is under. Then: the unit and the
        // children's nodes; the cases come from the cache.
        Assert.Equal(4, first.StoreCalls);
        Assert.Equal(2, second.StoreCalls);
        Assert.Equal(11, second.Data["serviceStats"]!["cases"]!.GetValue<int>());
        Assert.Equal(3, first.Data["serviceStats"]!["overdue"]!.GetValue<int>());
        Assert.Equal(4, second.Data["serviceStats"]!["overdue"]!.GetValue<int>());
        Assert.Equal(3, second.Data["serviceStats"]!["overdueForAcceptance"]!.GetValue<int>());
    }

    [Fact]
    public async Task ACaseRaisedUnderTheUnitDropsItsCachedCases()
    {
        // The new case is raised after the other test's window ends, inside this one.
        var raisedAt = HandComputedCases.To.AddMinutes(1);
        var window = new { from = HandComputedCases.From.ToString("O"), to = HandComputedCases.To.AddMinutes(2).ToString("O") };
        Assert.Equal(11, (await Viewer.PostAsync(Query, window)).AssertNoErrors().Data["serviceStats"]!["cases"]!.GetValue<int>());

        var editor = factory.Services.GetRequiredService<ServiceRequestEditor>();
        await factory.Store.ExecuteWriteAsync(new("resident"), (tx, ct) => editor.RaiseAsync(
            tx, new RaiseRequest(SmallCounty.Household(4), RequestCategory.Help, "路灯坏了", RequestChannel.App, raisedAt), "resident", null, ct),
            CancellationToken.None);

        // The change reaches the cache's invalidation through the change feed (a poll of the log at the latest).
        var cases = 11;
        for (var attempt = 0; attempt < 100 && cases == 11; attempt++)
        {
            await Task.Delay(100);
            cases = (await Viewer.PostAsync(Query, window)).AssertNoErrors().Data["serviceStats"]!["cases"]!.GetValue<int>();
        }

        Assert.Equal(12, cases);
    }
}
