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

    public IGraphStore Store => Services.GetRequiredService<IGraphStore>();

    public async Task InitializeAsync() => await Store.WriteAsync(ServiceStatsCounty.Build(), CancellationToken.None);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
