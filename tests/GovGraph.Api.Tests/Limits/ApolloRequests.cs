using System.Text.Json;
using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Limits;

/// <summary>The requests Apollo's persisted-query link sends: the hash alone, then (told it is unknown) the text beside it.</summary>
internal static class ApolloRequests
{
    public static string Extensions(string document) =>
        JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = Persisted.Hash(document) } });

    public static Task<GraphQLResponse> HashOnlyAsync(this HttpClient client, string document, params (string Name, string Value)[] headers) =>
        client.PostJsonAsync($$"""{"extensions":{{Extensions(document)}}}""", headers);

    public static Task<GraphQLResponse> HashOnlyOverGetAsync(this HttpClient client, string document) =>
        client.GetGraphQLAsync("extensions=" + Uri.EscapeDataString(Extensions(document)));

    public static Task<GraphQLResponse> WithTextAsync(this HttpClient client, string document, string? hashOf = null,
        params (string Name, string Value)[] headers) =>
        client.PostJsonAsync($$"""{"query":{{JsonSerializer.Serialize(document)}},"extensions":{{Extensions(hashOf ?? document)}}}""", headers);
}
