using System.Text.Json;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Transport;

namespace GovGraph.Api.Tests.Limits;

/// <summary>With GraphQL:PersistedDocuments:AllowOnly nobody may send raw query text, over any transport.</summary>
public sealed class PersistedOnlyTests(PersistedDocumentsOnlyFactory factory) : IClassFixture<PersistedDocumentsOnlyFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task RawQueryTextIsRefusedWithPersistedDocumentRequired()
    {
        var posted = await _client.PostAsync("{ stats { villages } }");
        var got = await _client.GetGraphQLAsync("query=" + Uri.EscapeDataString("{ __typename }"));

        Assert.Equal(400, posted.StatusCode);
        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], posted.ErrorCodes);
        Assert.Null(posted.Body["data"]);
        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], got.ErrorCodes);
    }

    [Fact]
    public async Task PersistedDocumentsStillRun()
    {
        var response = await _client.PostJsonAsync(JsonSerializer.Serialize(new { documentId = Persisted.Id(Persisted.StatsQuery) }));

        Assert.Equal(0, response.AssertNoErrors().Data["stats"]!["villages"]!.GetValue<int>());
    }

    [Fact]
    public async Task RawTextOverTheWebSocketIsRefusedAndADocumentRuns()
    {
        await using var ws = await WsTestClient.ConnectAndInitAsync(factory);

        await ws.SubscribeAsync("raw", "{ __typename }");
        var error = await ws.ReceiveAsync();
        await ws.SendAsync(JsonSerializer.Serialize(new { id = "doc", type = "subscribe", payload = new { documentId = Persisted.Id(Persisted.StatsQuery) } }));
        var next = await ws.ReceiveAsync();

        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("doc", next["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUnknownApolloHashStaysClosedAndItsRetryWithTextRegistersNothing()
    {
        // Not Apollo's PERSISTED_QUERY_NOT_FOUND (which invites the retry with text) nor PERSISTED_QUERY_NOT_SUPPORTED
        // (which turns Apollo's hashes off for every document, the known ones too).
        const string document = "query Outsider { stats { villages } }";

        var hashOnly = await _client.HashOnlyAsync(document);
        var withText = await _client.WithTextAsync(document);
        var again = await _client.HashOnlyAsync(document);
        var known = await _client.HashOnlyAsync(Persisted.StatsQuery);

        Assert.Equal(["PERSISTED_DOCUMENT_NOT_FOUND"], hashOnly.ErrorCodes);
        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], withText.ErrorCodes);
        Assert.Null(withText.Body["data"]);
        Assert.Equal(["PERSISTED_DOCUMENT_NOT_FOUND"], again.ErrorCodes);
        Assert.Equal(0, known.AssertNoErrors().Data["stats"]!["villages"]!.GetValue<int>());
    }
}
