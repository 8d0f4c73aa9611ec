using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Storage;
using GovGraph.Storage.Changes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Security;

/// <summary>The <see cref="SmallCounty"/> behind authentication, for the tests that write as scoped callers.</summary>
public sealed class SecuredSmallCountyFactory() : SecuredFactory("none"), IAsyncLifetime
{
    public async Task InitializeAsync() => await Store.WriteAsync(SmallCounty.Build(), CancellationToken.None);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public async Task<long> NodeCountAsync() => await Store.CountNodesAsync(new NodeCriteria(), CancellationToken.None);

    public async Task<IReadOnlyList<GovGraph.Domain.Changes.ChangeEvent>> EventsAfterAsync(long cursor) =>
        (await Store.ReadChangesAsync(new ChangeQuery(cursor, 500), CancellationToken.None)).Events;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Changes:PollInterval", "00:00:00.100");
    }
}
