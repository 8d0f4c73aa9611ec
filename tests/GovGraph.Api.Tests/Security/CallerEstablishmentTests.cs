using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Security;

/// <summary>
/// Every DI scope a transport opens knows its caller, taken from the credentials: the HTTP request's (POST and
/// Server-Sent Events), each WebSocket operation's, and each subscription event's.
/// </summary>
public sealed class CallerEstablishmentTests : IDisposable
{
    private const string Expected = "li|Analyst|township:gangkou|True";

    private readonly CallerSchemaFactory _factory = new();

    private static string Token => Tokens.Create("analyst", scope: "township:gangkou", pii: true, name: "li");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnHttpRequestsScopeHasTheTokensCaller()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);

        var response = await client.PostAsync("{ caller }");

        Assert.Equal(Expected, response.AssertNoErrors().Data["caller"]!.GetValue<string>());
    }

    [Fact]
    public async Task AServerSentEventStreamsEventsHaveTheTokensCaller()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "subscription { callers }" }) };
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await client.SendAsync(request);

        var data = (await response.Content.ReadAsStringAsync()).Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, data.Count);
        Assert.All(data, line => Assert.Equal(Expected, JsonNode.Parse(line["data: ".Length..])!["data"]!["callers"]!.GetValue<string>()));
    }

    [Fact]
    public async Task WebSocketOperationsAndSubscriptionEventsHaveTheConnectionsCaller()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_factory, new Dictionary<string, string> { ["Authorization"] = "Bearer " + Token });

        await client.SubscribeAsync("q", "{ caller }");
        Assert.Equal(Expected, (await client.ReceiveAsync())["payload"]!["data"]!["caller"]!.GetValue<string>());
        Assert.Equal("complete", (await client.ReceiveAsync())["type"]!.GetValue<string>());

        await client.SubscribeAsync("s", "subscription { callers }");
        Assert.Equal(Expected, (await client.ReceiveAsync())["payload"]!["data"]!["callers"]!.GetValue<string>());
        Assert.Equal(Expected, (await client.ReceiveAsync())["payload"]!["data"]!["callers"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheOpenModesCallerIsTheAnonymousAdmin()
    {
        using var open = new CallerSchemaFactory(secured: false);

        var response = await open.CreateClient().PostAsync("{ caller }");

        Assert.Equal("anonymous|Admin||True", response.AssertNoErrors().Data["caller"]!.GetValue<string>());
    }

    private sealed class CallerSchemaFactory(bool secured = true) : GovGraphFactory("none")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in secured ? SecuredSettings.Hs256() : [])
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services => services.AddSingleton<ISchema, CallerSchema>());
        }
    }
}
