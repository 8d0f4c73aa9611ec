using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Editing;
using GovGraph.Storage.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// <c>requestQueue(overdue:)</c> follows the deadline each case is held to now — the acceptance limit while it waits to
/// be signed for, the due time while it is handled — on the injected clock, strictly after the deadline.
/// </summary>
public sealed class OverdueQueueTests : IAsyncLifetime
{
    private const string Query = """
        query($overdue: Boolean) { requestQueue(overdue: $overdue) { totalCount nodes { id deadline overdue } } }
        """;

    private readonly CaseFactory _api = new();
    private string _early = "";
    private string _late = "";

    public async Task InitializeAsync()
    {
        await _api.InitializeAsync();
        _early = await RaiseAsync(CaseFactory.Start);
        _late = await RaiseAsync(CaseFactory.Start.AddMinutes(20));
    }

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task OnlyTheCasePastItsAcceptanceLimitIsOverdueAndSigningForItMovesItToItsDueTime()
    {
        // 09:40: the early case's limit (09:30) has passed, the late one's (09:50) has not.
        _api.Clock.SetUtcNow(CaseFactory.Start.AddMinutes(40));
        var client = _api.CreateClient();

        Assert.Equal([_early], await IdsAsync(client, true));
        Assert.Equal([_late], await IdsAsync(client, false));
        Assert.Equal([_early, _late], await IdsAsync(client, null));

        // Signed for at 09:40: now held to its due time, days away.
        var editor = _api.Services.GetRequiredService<ServiceRequestEditor>();
        await _api.Store.ExecuteWriteAsync(new WriteContext("li"), (tx, ct) =>
            editor.ApplyAsync(tx, _early, new RequestAction.Accept(), _api.Clock.GetUtcNow(), "li", null, ct), CancellationToken.None);

        Assert.Empty(await IdsAsync(client, true));
        Assert.Equal([_early, _late], await IdsAsync(client, false));
    }

    [Fact]
    public async Task ACaseIsNotOverdueAtItsDeadlineOnlyAfterIt()
    {
        var client = _api.CreateClient();

        _api.Clock.SetUtcNow(CaseFactory.Start.AddMinutes(30));
        var atTheLimit = await IdsAsync(client, true);
        _api.Clock.SetUtcNow(CaseFactory.Start.AddMinutes(30).AddTicks(1));
        var justAfter = await IdsAsync(client, true);

        Assert.Equal((0, 1), (atTheLimit.Count, justAfter.Count));
    }

    private async Task<string> RaiseAsync(DateTimeOffset at)
    {
        var editor = _api.Services.GetRequiredService<ServiceRequestEditor>();
        var raised = await _api.Store.ExecuteWriteAsync(new WriteContext("hotline"), (tx, ct) =>
            editor.RaiseAsync(tx, new RaiseRequest(SmallCounty.Household(1), RequestCategory.Help, "路灯坏了", RequestChannel.Phone, at), "hotline", null, ct),
            CancellationToken.None);
        return raised.Value!.Id;
    }

    private static async Task<List<string>> IdsAsync(HttpClient client, bool? overdue)
    {
        var queue = (await client.PostAsync(Query, new { overdue })).AssertNoErrors().Data["requestQueue"]!;
        var nodes = queue["nodes"]!.AsArray();
        Assert.All(nodes, n => Assert.Equal(overdue ?? n!["overdue"]!.GetValue<bool>(), n!["overdue"]!.GetValue<bool>()));
        return nodes.Select(n => n!["id"]!.GetValue<string>()).ToList();
    }
}
