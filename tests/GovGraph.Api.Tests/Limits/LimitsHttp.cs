using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Limits;

/// <summary>Raw GraphQL-over-HTTP requests (any body, any query string, test caller headers).</summary>
internal static class LimitsHttp
{
    public static Task<GraphQLResponse> PostJsonAsync(this HttpClient client, string json, params (string Name, string Value)[] headers) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        }, headers);

    public static Task<GraphQLResponse> GetGraphQLAsync(this HttpClient client, string queryString, params (string Name, string Value)[] headers) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString), headers);

    private static async Task<GraphQLResponse> SendAsync(HttpClient client, HttpRequestMessage request, (string Name, string Value)[] headers)
    {
        using (request)
        {
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            foreach (var (name, value) in headers)
            {
                request.Headers.Add(name, value);
            }

            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new GraphQLResponse((int)response.StatusCode, JsonNode.Parse(body)!.AsObject());
        }
    }
}
