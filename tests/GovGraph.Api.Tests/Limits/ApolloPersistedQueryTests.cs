using System.Net;

namespace GovGraph.Api.Tests.Limits;

/// <summary>Apollo's automatic persisted queries in open mode: unknown, registered on the retry, checked, bounded.</summary>
public sealed class ApolloPersistedQueryTests(PersistedDocumentsOpenFactory factory) : IClassFixture<PersistedDocumentsOpenFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AnUnknownHashIsPersistedQueryNotFoundInApollosWords()
    {
        var response = await _client.HashOnlyAsync("query Unknown { stats { households } }");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], response.ErrorCodes);
        Assert.Equal("PersistedQueryNotFound", response.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task TheRetryWithTheTextRegistersItAndTheHashAloneRunsItAfterwardsOverPostAndGet()
    {
        const string document = "query Registered { stats { villages households } }";

        var first = await _client.HashOnlyAsync(document);
        var retry = await _client.WithTextAsync(document);
        var posted = await _client.HashOnlyAsync(document);
        var got = await _client.HashOnlyOverGetAsync(document);

        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], first.ErrorCodes);
        Assert.Equal(0, retry.AssertNoErrors().Data["stats"]!["villages"]!.GetValue<int>());
        Assert.Equal(0, posted.AssertNoErrors().Data["stats"]!["households"]!.GetValue<int>());
        Assert.Equal(0, got.AssertNoErrors().Data["stats"]!["villages"]!.GetValue<int>());
    }

    [Fact]
    public async Task TextThatDoesNotHashToTheHashIsRefusedAndNothingIsRegistered()
    {
        const string claimed = "query Claimed { stats { villages } }";

        var mismatch = await _client.WithTextAsync("{ __typename }", hashOf: claimed);
        var after = await _client.HashOnlyAsync(claimed);

        Assert.Equal(400, mismatch.StatusCode);
        Assert.Equal(["PERSISTED_QUERY_HASH_MISMATCH"], mismatch.ErrorCodes);
        Assert.Null(mismatch.Body["data"]);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], after.ErrorCodes);
    }

    [Fact]
    public async Task ADocumentThatFailsValidationIsNotRegistered()
    {
        const string document = "query Broken { noSuchField }";

        var retry = await _client.WithTextAsync(document);
        var after = await _client.HashOnlyAsync(document);

        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], retry.ErrorCodes.Distinct());
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], after.ErrorCodes);
    }

    [Fact]
    public async Task ARegisteredMutationIsRefusedOverGetLikeAnyMutation()
    {
        const string document = "mutation Registered { createPerson(input: { name: \"自动\" }) { person { id } errors { code } } }";

        var retry = await _client.WithTextAsync(document);
        using var get = await _client.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(ApolloRequests.Extensions(document)));

        Assert.Empty(retry.AssertNoErrors().Data["createPerson"]!["errors"]!.AsArray());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    [Fact]
    public async Task ACallerWithAnAllowListCannotRegisterText()
    {
        const string document = "query Sneaky { stats { villages } }";
        var caller = new[] { ("X-Test-Caller", "app"), ("X-Test-Documents", Persisted.Id(Persisted.StatsQuery)) };

        var retry = await _client.WithTextAsync(document, headers: caller);
        var after = await _client.HashOnlyAsync(document);

        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], retry.ErrorCodes);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], after.ErrorCodes);
    }

    [Fact]
    public async Task AnUnknownDocumentIdKeepsItsOwnCode()
    {
        var response = await _client.PostJsonAsync("""{"documentId":"sha256:1111111111111111111111111111111111111111111111111111111111111111"}""");

        Assert.Equal(["PERSISTED_DOCUMENT_NOT_FOUND"], response.ErrorCodes);
    }
}
