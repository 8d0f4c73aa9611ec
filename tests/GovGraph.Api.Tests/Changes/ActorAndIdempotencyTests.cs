using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Changes;

/// <summary>
/// The open mode's actors (the X-GovGraph-Actor header, else <c>anonymous</c>) and idempotent retries. With auth on the
/// actor is the caller's name whatever the header says: Security/ActorTests.
/// </summary>
public sealed class ActorAndIdempotencyTests(SmallCountyFactory factory) : IClassFixture<SmallCountyFactory>
{
    private const string CreatePerson = """
        mutation ($cmid: String) { createPerson(input: { name: "幂等", clientMutationId: $cmid }) { person { id } clientMutationId errors { code } } }
        """;

    private HttpClient ClientAs(string? actor)
    {
        var client = factory.CreateClient();
        if (actor is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("X-GovGraph-Actor", actor);
        }

        return client;
    }

    [Fact]
    public async Task EachChangeRecordsTheActorFromTheHeaderOrAnonymous()
    {
        var before = await factory.LatestCursorAsync();

        await ClientAs("town-cadre-zhang").MutateAsync(CreatePerson, new { cmid = (string?)null });
        await ClientAs(null).MutateAsync(CreatePerson, new { cmid = (string?)null });

        Assert.Equal(["town-cadre-zhang", "anonymous"], (await factory.EventsAfterAsync(before)).Select(e => e.Actor));
    }

    [Theory]
    [InlineData("an-actor-name-much-longer-than-the-one-hundred-characters-an-actor-may-have-which-is-refused-outright")]
    [InlineData("tab\tinside")]
    public async Task AMalformedActorHeaderIsRefusedBeforeAnythingChanges(string actor)
    {
        var before = await factory.LatestCursorAsync();

        var response = await ClientAs(actor).PostAsync(CreatePerson, new { cmid = (string?)null });

        Assert.Equal(["INVALID_ACTOR"], response.ErrorCodes);
        Assert.Null(response.Data["createPerson"]);
        Assert.Equal(before, await factory.LatestCursorAsync());
    }

    [Fact]
    public async Task ARepeatWithTheSameClientMutationIdReturnsTheFirstResultAndAppendsNoEvent()
    {
        var client = ClientAs("retrying-client");

        var first = await client.MutateAsync(CreatePerson, new { cmid = "retry-1" });
        var afterFirst = await factory.LatestCursorAsync();
        var repeat = await client.MutateAsync(CreatePerson, new { cmid = "retry-1" });

        Assert.Equal(first["person"]!["id"]!.GetValue<string>(), repeat.AssertAccepted()["person"]!["id"]!.GetValue<string>());
        Assert.Equal("retry-1", repeat["clientMutationId"]!.GetValue<string>());
        Assert.Equal(afterFirst, await factory.LatestCursorAsync());
    }

    [Fact]
    public async Task AnotherActorsClientMutationIdIsTheirOwn()
    {
        var mine = await ClientAs("client-a").MutateAsync(CreatePerson, new { cmid = "shared-1" });
        var theirs = await ClientAs("client-b").MutateAsync(CreatePerson, new { cmid = "shared-1" });

        Assert.NotEqual(mine["person"]!["id"]!.GetValue<string>(), theirs["person"]!["id"]!.GetValue<string>());
    }
}
