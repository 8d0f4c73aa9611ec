namespace GovGraph.Api.Tests.Limits;

/// <summary>The registry's bound: the least recently used document goes first.</summary>
public sealed class ApolloPersistedQueryBoundTests(AutomaticPersistedQueriesOfTwoFactory factory) : IClassFixture<AutomaticPersistedQueriesOfTwoFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task BeyondTheBoundTheLeastRecentlyUsedDocumentIsForgottenAndTheOthersStay()
    {
        const string a = "query A { stats { villages } }";
        const string b = "query B { stats { households } }";
        const string c = "query C { stats { partyMembers } }";

        (await _client.WithTextAsync(a)).AssertNoErrors();
        (await _client.WithTextAsync(b)).AssertNoErrors();
        (await _client.HashOnlyAsync(a)).AssertNoErrors();
        (await _client.WithTextAsync(c)).AssertNoErrors();

        (await _client.HashOnlyAsync(a)).AssertNoErrors();
        (await _client.HashOnlyAsync(c)).AssertNoErrors();
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], (await _client.HashOnlyAsync(b)).ErrorCodes);
    }
}
