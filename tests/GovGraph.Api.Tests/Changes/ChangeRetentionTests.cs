using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static GovGraph.Api.Tests.Changes.FeedApi;

namespace GovGraph.Api.Tests.Changes;

/// <summary>Retention: events older than <c>Changes:Retention</c> are pruned, and their cursors expire.</summary>
public sealed class ChangeRetentionTests : IAsyncLifetime
{
    private readonly LaterApi _api = new();

    public async Task InitializeAsync() => await _api.StartAsync();

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task EventsOlderThanRetentionArePrunedAndTheirCursorsExpire()
    {
        var first = await _api.AddHouseholdAsync(EastGroup);
        var start = first[0].Cursor;
        await _api.AddHouseholdAsync(WestGroup);
        var retention = _api.Services.GetServices<IHostedService>().OfType<ChangeRetentionService>().Single();

        // The retention service's clock runs 31 days ahead, so everything in the log is past the 30-day retention.
        var pruned = await retention.PruneAsync(CancellationToken.None);

        Assert.True(pruned >= 4, $"pruned {pruned}");
        Assert.Equal(start + 3, (await _api.Store.GetChangeLogInfoAsync(CancellationToken.None)).PrunedThrough);
        var response = await _api.CreateClient().PostAsync(
            "query($after: String) { changes(after: $after) { nodes { cursor } } }", new { after = ChangeCursor.Format(start) });
        Assert.Equal(["CURSOR_EXPIRED"], response.ErrorCodes);
        var refusal = await Assert.ThrowsAsync<StoreException>(() => _api.Hub.SubscribeAsync(start, ChangeFilter.All, CancellationToken.None));
        Assert.Equal(StoreException.CursorExpired, refusal.Code);
    }

    private sealed class LaterApi : FeedApi
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new LaterClock()));
        }
    }

    /// <summary>The system clock, 31 days on.</summary>
    private sealed class LaterClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddDays(31);
    }
}
