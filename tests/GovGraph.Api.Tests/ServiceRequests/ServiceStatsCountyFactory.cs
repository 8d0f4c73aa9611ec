using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Tests.ServiceRequests;
using GovGraph.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// The <see cref="ServiceStatsCounty"/> behind authentication, its clock stopped at <see cref="HandComputedCases.Now"/>
/// so the figures are the hand-computed ones. Read-only: tests share it.
/// </summary>
public sealed class ServiceStatsCountyFactory() : SecuredFactory("none"), IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(HandComputedCases.Now);

    protected override TimeProvider TestClock => Clock;

    public async Task InitializeAsync()
    {
        await Store.WriteAsync(ServiceStatsCounty.Build(), CancellationToken.None);
        await ChangesDeliveredAsync();
    }

    /// <summary>
    /// Waits until the feed has delivered every committed change, and so the analytics cache has dropped what they
    /// touch: a test that counts cache hits starts after an earlier test's writes stop invalidating.
    /// </summary>
    public async Task ChangesDeliveredAsync()
    {
        var latest = (await Store.GetChangeLogInfoAsync(CancellationToken.None)).Latest;
        await Services.GetRequiredService<IChangeHub>().WhenDeliveredAsync(latest).WaitAsync(TimeSpan.FromSeconds(30));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
