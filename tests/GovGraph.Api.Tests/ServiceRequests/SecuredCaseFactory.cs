using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// The <see cref="SmallCounty"/> behind authentication, with a fake case clock, for the who-may-act tests: callers
/// come with real tokens (<see cref="SecuredFactory.ClientFor"/>) for a role and a scope.
/// </summary>
public sealed class SecuredCaseFactory() : SecuredFactory("none"), IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(CaseFactory.Start);

    protected override TimeProvider TestClock => Clock;

    public async Task InitializeAsync() => await Store.WriteAsync(SmallCounty.Build(), CancellationToken.None);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
