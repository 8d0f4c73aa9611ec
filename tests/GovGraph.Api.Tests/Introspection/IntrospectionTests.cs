using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Limits;

namespace GovGraph.Api.Tests.Introspection;

/// <summary>
/// The schema-reading tools' exact introspection requests are answered in full however the complexity analyzer
/// would cost them (GraphiQL's came to 2.6 million against a limit of 1 million), while the limits that bound
/// what a document can make the server do still refuse introspection built to exhaust it.
/// </summary>
[Collection(SeededCollection.Name)]
public sealed class IntrospectionTests(SeededFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [MemberData(nameof(IntrospectionFixtures.All), MemberType = typeof(IntrospectionFixtures))]
    public async Task EachToolsIntrospectionRequestIsAnsweredInFull(string fixture)
    {
        var response = await _client.PostJsonAsync(IntrospectionFixtures.Body(fixture));

        var schema = IntrospectionAnswer.AssertFull(response, factory.Services);
        Assert.Equal("Subscription", schema["subscriptionType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task GraphqlJsIntrospectionWithEveryOptionGetsTheNewerFields()
    {
        var response = await _client.PostJsonAsync(IntrospectionFixtures.Body(IntrospectionFixtures.GraphQLJsAllOptions));

        IntrospectionAnswer.AssertNewerFields(IntrospectionAnswer.AssertFull(response, factory.Services), factory.Services);
    }

    [Fact]
    public async Task IntrospectionOverGetIsAnsweredInFull()
    {
        var response = await _client.GetGraphQLAsync(
            "query=" + Uri.EscapeDataString(IntrospectionFixtures.Query(IntrospectionFixtures.GraphiQL)) + "&operationName=IntrospectionQuery");

        IntrospectionAnswer.AssertFull(response, factory.Services);
    }

    [Fact]
    public async Task IntrospectionBesideAGraphReadDoesNotMakeTheReadFree()
    {
        // Pages of 500 four levels deep are far over the limit on their own.
        const string read = "city { townships(first: 500) { nodes { villages(first: 500) { nodes { partyGroups(first: 500) { nodes { households(first: 500) { nodes { headName } } } } } } } } }";

        var response = await _client.PostAsync("{ __schema { types { name } } " + read + " }");

        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task FiftyOneAliasedIntrospectionsAreRefusedWithTooManyAliases()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 51).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name }} }} }}")) + " }";

        var response = await _client.PostAsync(query);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["TOO_MANY_ALIASES"], response.ErrorCodes);
    }

    [Fact]
    public async Task AnIntrospectionFragmentBombIsStillRefused()
    {
        // Each fragment spreads the one below twice: 2^30 copies of a full type listing.
        var text = new System.Text.StringBuilder("query { ...F30 }\nfragment F0 on Query { __schema { types { name fields { name } } } }\n");
        for (var i = 1; i <= 30; i++)
        {
            text.Append($"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}\n");
        }

        var response = await _client.PostAsync(text.ToString());

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], response.ErrorCodes);
        Assert.Null(response.Body["data"]);
    }
}
