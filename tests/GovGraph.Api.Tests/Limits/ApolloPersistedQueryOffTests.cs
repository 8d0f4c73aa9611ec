namespace GovGraph.Api.Tests.Limits;

/// <summary>With AutomaticMaxCount 0 Apollo is told the protocol is off, so its link sends the text from then on.</summary>
public sealed class ApolloPersistedQueryOffTests(AutomaticPersistedQueriesOffFactory factory) : IClassFixture<AutomaticPersistedQueriesOffFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AnUnknownHashIsPersistedQueryNotSupportedAndTheTextStillRuns()
    {
        const string document = "query Off { stats { villages } }";

        var hashOnly = await _client.HashOnlyAsync(document);
        var withText = await _client.WithTextAsync(document);
        var again = await _client.HashOnlyAsync(document);
        var file = await _client.HashOnlyAsync(Persisted.StatsQuery);

        Assert.Equal(["PERSISTED_QUERY_NOT_SUPPORTED"], hashOnly.ErrorCodes);
        Assert.Equal("PersistedQueryNotSupported", hashOnly.Errors![0]!["message"]!.GetValue<string>());
        withText.AssertNoErrors();
        Assert.Equal(["PERSISTED_QUERY_NOT_SUPPORTED"], again.ErrorCodes);
        file.AssertNoErrors();
    }
}
