using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Transport;
using GovGraph.Storage.Changes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovGraph.Api.Tests.Security;

/// <summary>
/// With no <c>Auth:*</c> the API runs open: every request is the admin <c>anonymous</c>, credentials or not, and
/// <c>/health/ready</c> says so (Degraded, still 200).
/// </summary>
public sealed class OpenModeTests : IAsyncLifetime
{
    private readonly FeedApi _api = new();

    public async Task InitializeAsync() => await _api.StartAsync();

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ReadinessWarnsThatTheApiRunsOpen()
    {
        using var ready = await _api.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("Degraded", body["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["store"]!["status"]!.GetValue<string>());
        var auth = body["checks"]!["auth"]!;
        Assert.Equal("Degraded", auth["status"]!.GetValue<string>());
        Assert.StartsWith("GovGraph runs OPEN: no Auth:* is configured, every request is admin and sees personal data.",
            auth["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryRequestIsAnAdminWhateverItsCredentials()
    {
        // A garbage token and a viewer's token mean nothing here: both write as the open admin.
        var garbage = _api.CreateClient();
        garbage.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer garbage");
        var viewer = _api.CreateClient();
        viewer.DefaultRequestHeaders.Authorization =
            new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Tokens.Create("viewer", name: "a-viewer"));
        const string Create = """mutation { createPerson(input: { name: "开放" }) { person { id } errors { code } } }""";
        var before = await _api.LatestAsync();

        (await garbage.MutateAsync(Create)).AssertAccepted();
        (await viewer.MutateAsync(Create)).AssertAccepted();

        var events = (await _api.Store.ReadChangesAsync(new ChangeQuery(before, 10), CancellationToken.None)).Events;
        Assert.Equal(["anonymous", "anonymous"], events.Select(e => e.Actor));
    }

    [Fact]
    public async Task AWebSocketNeedsNoCredentials()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_api);

        await client.SubscribeAsync("q", "{ node(id: \"village:east\") { id } }");

        Assert.Equal("village:east", (await client.ReceiveAsync())["payload"]!["data"]!["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void StartingOpenLogsALoudWarning()
    {
        using var factory = new LoggedFactory();

        _ = factory.Services;

        var warning = Assert.Single(factory.Logs, l => l.Message.StartsWith("GovGraph runs OPEN", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
    }

    [Fact]
    public void StartingSecuredLogsNoWarning()
    {
        using var factory = new LoggedFactory(SecuredSettings.Hs256());

        _ = factory.Services;

        Assert.DoesNotContain(factory.Logs, l => l.Message.Contains("OPEN", StringComparison.Ordinal));
    }

    private sealed class LoggedFactory(Dictionary<string, string>? settings = null) : GovGraphFactory("none")
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings ?? [])
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(new KeepingLoggerProvider(Logs)));
        }
    }
}
