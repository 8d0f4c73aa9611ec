using GovGraph.Api.Changes.Feed;
using GovGraph.Api.ServiceRequests.Escalation;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Model;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage;
using GovGraph.Storage.Editing;
using GovGraph.Storage.Writing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// The API (authentication on, so tests call it as scoped callers) over its own <see cref="CaseCounty"/>, on a
/// <see cref="FakeTimeProvider"/> the tests move. The escalation service is off unless asked for: tests run passes
/// with <see cref="EscalateAsync"/>. Cases are raised and moved with the case editor through the store, publishing
/// what they commit as the mutations do.
/// </summary>
public sealed class CaseApi : SecuredFactory
{
    private readonly bool _escalationService;

    private CaseApi(bool escalationService, DateTimeOffset start) : base("none")
    {
        _escalationService = escalationService;
        Clock = new FakeTimeProvider(start);
    }

    public FakeTimeProvider Clock { get; }

    protected override TimeProvider TestClock => Clock;

    public DateTimeOffset Now => Clock.GetUtcNow();

    public ServiceRequestEditor Editor => Services.GetRequiredService<ServiceRequestEditor>();

    public RequestTimeLimits Limits => Editor.Limits;

    /// <summary>
    /// Starts the API on the county. The clock starts at the real time (whole seconds), so the tokens the tests mint
    /// and the change log's retention, which read their own clocks, agree with it.
    /// </summary>
    public static async Task<CaseApi> StartAsync(bool escalationService = false)
    {
        var now = DateTimeOffset.UtcNow;
        var api = new CaseApi(escalationService, now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
        await api.Store.WriteAsync(CaseCounty.Build(), CancellationToken.None);
        return api;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ServiceRequests:Escalation:Enabled", _escalationService ? "true" : "false");
    }

    /// <summary>One escalation pass at the fake clock's now.</summary>
    public Task<EscalationPass> EscalateAsync() => Services.GetRequiredService<RequestEscalator>().RunOnceAsync(CancellationToken.None);

    /// <summary>Moves the clock on and runs one pass.</summary>
    public Task<EscalationPass> EscalateAfterAsync(TimeSpan wait)
    {
        Clock.Advance(wait);
        return EscalateAsync();
    }

    /// <summary>Raises a case now or, for seeded-history-like data, at <paramref name="at"/>.</summary>
    public async Task<string> RaiseAsync(string household, RequestCategory category = RequestCategory.Help, DateTimeOffset? at = null) =>
        (await WriteAsync("resident", (tx, ct) =>
            Editor.RaiseAsync(tx, new RaiseRequest(household, category, "村口路灯坏了。", RequestChannel.Phone, at ?? Now), "resident", null, ct)))!.Id;

    public Task ApplyAsync(string request, RequestAction action, string actor = "handler") =>
        WriteAsync(actor, (tx, ct) => Editor.ApplyAsync(tx, request, action, Now, actor, null, ct));

    public Task SendBackAsync(string request, string reason, string actor = "handler") =>
        WriteAsync(actor, (tx, ct) => Editor.SendBackAsync(tx, request, reason, Now, actor, null, ct));

    public async Task<GraphNode> CaseAsync(string request) => (await Store.GetNodesAsync([request], CancellationToken.None)).Single();

    public async Task<string> AssigneeAsync(string request) =>
        (await Store.GetAdjacentAsync([request], [RelTypes.AssignedTo], null, CancellationToken.None)).Single(r => r.StartId == request).EndId;

    /// <summary>The case's events in the order they were recorded.</summary>
    public async Task<IReadOnlyList<GraphNode>> EventsAsync(string request)
    {
        var links = await Store.GetAdjacentAsync([request], [RelTypes.HasEvent], null, CancellationToken.None);
        var events = await Store.GetNodesAsync(links.Select(r => r.EndId).ToList(), CancellationToken.None);
        return events.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<string>> EventTypesAsync(string request) =>
        (await EventsAsync(request)).Select(e => e.GetString(Props.Type)!).ToList();

    /// <summary>Every ASSIGNED_TO the case ever had, ended ones too.</summary>
    public async Task<IReadOnlyList<GraphRelationship>> AssignmentsAsync(string request) =>
        (await Store.ExecuteWriteAsync(new WriteContext("reader"), (tx, ct) =>
            tx.GetRelationshipsAsync([request], Direction.Out, [RelTypes.AssignedTo], includeEnded: true, ct), CancellationToken.None)).Value;

    private async Task<T> WriteAsync<T>(string actor, Func<IGraphWriteTransaction, CancellationToken, Task<T>> work)
    {
        var result = await Store.ExecuteWriteAsync(new WriteContext(actor), work, CancellationToken.None);
        await Services.GetRequiredService<IChangePublisher>().PublishAsync(result.Events, CancellationToken.None);
        return result.Value;
    }
}
