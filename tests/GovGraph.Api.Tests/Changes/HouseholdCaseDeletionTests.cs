using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Editing;
using GovGraph.Storage.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Changes;

/// <summary>
/// `deleteNode` of a household with a case: refused with HAS_OPEN_REQUESTS while the case is open, even with
/// cascade; once it is closed, the cascade takes the case and its events with the household.
/// </summary>
public sealed class HouseholdCaseDeletionTests(SmallCountyFactory factory) : IClassFixture<SmallCountyFactory>
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 16, 9, 0, 0, TimeSpan.FromHours(8));

    private const string Delete = """
        mutation { deleteNode(input: { id: "hh:with-case", cascade: true }) { deletedIds errors { code message field } } }
        """;

    [Fact]
    public async Task AHouseholdWithAnOpenRequestIsKeptAndOnceItIsClosedGoesWithItsCase()
    {
        var client = factory.CreateClient();
        (await client.MutateAsync($$"""mutation { createHousehold(input: { partyGroup: "{{SmallCounty.XicunGroup}}", id: "hh:with-case", headName: "案", size: 2 }) { errors { code } } }"""))
            .AssertAccepted();
        var editor = factory.Services.GetRequiredService<ServiceRequestEditor>();
        var request = (await factory.Store.ExecuteWriteAsync(new WriteContext("resident"), (tx, ct) => editor.RaiseAsync(tx,
            new RaiseRequest("hh:with-case", RequestCategory.Help, "水管坏了。", RequestChannel.Phone, Monday), "resident", null, ct), CancellationToken.None)).Value!.Id;

        var refused = await client.MutateAsync(Delete);

        refused.AssertRefused("HAS_OPEN_REQUESTS", "id");
        Assert.Contains(request, refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        RequestAction[] steps = [new RequestAction.Accept(), new RequestAction.Resolve("已修好。"), new RequestAction.Rate(RequestRating.Satisfied), new RequestAction.Close()];
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            await factory.Store.ExecuteWriteAsync(new WriteContext("handler"),
                (tx, ct) => editor.ApplyAsync(tx, request, step, Monday.AddHours(i + 1), "handler", null, ct), CancellationToken.None);
        }

        var deleted = (await client.MutateAsync(Delete)).AssertAccepted()["deletedIds"]!.AsArray().Select(i => i!.GetValue<string>()).ToList();

        Assert.Equal([.. Enumerable.Range(1, 6).Select(i => $"{request}/event-{i:D4}"), request, "hh:with-case"], deleted);
        var after = await client.PostAsync($$"""{ node(id: "{{request}}") { id } }""");
        Assert.Null(after.Data["node"]);
    }
}
