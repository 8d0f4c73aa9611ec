using System.Net;
using GovGraph.Api.Tests.Infrastructure;
using static GovGraph.Api.Tests.Transport.GraphQLResponseAssert;

namespace GovGraph.Api.Tests.Transport;

/// <summary>
/// The IDE is served to browsers at GET /graphql from the web root; each test points the web root at a folder it
/// makes, so the result does not depend on whether the build found npm.
/// </summary>
public sealed class GraphiQLTests : IDisposable
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private readonly string _webRoot = Directory.CreateTempSubdirectory("govgraph-webroot-").FullName;

    public void Dispose() => Directory.Delete(_webRoot, recursive: true);

    [Fact]
    public async Task ABrowserGetsTheGraphiQLPageWhenItIsInstalled()
    {
        Directory.CreateDirectory(Path.Combine(_webRoot, "graphiql"));
        await File.WriteAllTextAsync(Path.Combine(_webRoot, "graphiql", "index.html"), "<html><script src=\"/graphiql/graphiql.min.js\"></script></html>");
        await File.WriteAllTextAsync(Path.Combine(_webRoot, "graphiql", "graphiql.min.js"), "window.GraphiQL = {};");
        using var api = new TransportApi(_webRoot, configureServices: null);
        var client = api.CreateClient();

        var page = await client.SendAsync(BrowserGet("/graphql"));
        var script = await client.GetAsync("/graphiql/graphiql.min.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/graphiql/graphiql.min.js", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("window.GraphiQL = {};", await script.Content.ReadAsStringAsync());
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws://localhost wss://localhost", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedIdeRunsSubscriptionsOverGraphqlWs()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "GovGraph.Api", "GraphiQL");
        var page = File.ReadAllText(Path.Combine(folder, "index.html"));
        var init = File.ReadAllText(Path.Combine(folder, "init.js"));

        // The client's bundle comes before the script that uses it, and the fetcher hands subscriptions to it.
        Assert.True(page.IndexOf("/graphiql/graphql-ws.min.js", StringComparison.Ordinal) is > 0 and var ws
            && ws < page.IndexOf("/graphiql/init.js", StringComparison.Ordinal));
        Assert.Contains("wsClient: graphqlWs.createClient(", init, StringComparison.Ordinal);

        // With authentication on, the socket's connection_init carries the credentials of GraphiQL's headers editor.
        Assert.Contains("connectionParams: connectionParams", init, StringComparison.Ordinal);
        Assert.Contains("graphql-ws/umd/graphql-ws.min.js", File.ReadAllText(Path.Combine(folder, "GraphiQL.targets")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrowserIsToldHowToInstallTheIdeWhenItIsMissing()
    {
        using var api = new TransportApi(_webRoot, configureServices: null);
        var client = api.CreateClient();

        var page = await client.SendAsync(BrowserGet("/graphql"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("not installed", html);
        Assert.Contains("npm ci", html);
        Assert.Contains("src/GovGraph.Api/GraphiQL", html);
        await StillLiveAsync(client);
    }

    [Fact]
    public async Task ABrowserPostStillGetsJson()
    {
        using var api = new TransportApi(_webRoot, configureServices: null);
        var client = api.CreateClient();
        var request = GraphQLHttpRequestTests.Post("""{"query":"{ __typename }"}""", BrowserAccept);

        var response = await client.SendAsync(request);

        await DataAsync(response, Json);
    }

    private static HttpRequestMessage BrowserGet(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return request;
    }
}
