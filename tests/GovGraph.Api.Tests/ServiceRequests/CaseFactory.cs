using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// The <see cref="SmallCounty"/> in an API of its own (open mode: everyone is the admin) whose clock is a
/// <see cref="FakeTimeProvider"/> the tests move. It starts on Monday 2 November 2026, 09:00 China Standard Time,
/// weeks before the machine's own clock, so nothing keyed to the real time (the change log's retention) notices.
/// </summary>
public sealed class CaseFactory() : GovGraphFactory("none"), IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public FakeTimeProvider Clock { get; } = new(Start);

    protected override TimeProvider TestClock => Clock;

    public async Task InitializeAsync() => await Store.WriteAsync(SmallCounty.Build(), CancellationToken.None);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
