using System.Collections.Concurrent;
using System.Net;
using GovGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovGraph.Api.Tests.Security;

/// <summary>Any Auth:* setting turns authentication on, and a half-right Auth section stops the API at start, naming the key.</summary>
public sealed class AuthSettingsTests
{
    private const string Https = "https://login.example.test/realms/govgraph";

    public static TheoryData<Dictionary<string, string>, string> BadSettings => new()
    {
        { Settings(key: "sixteen-byte-key"), "Auth:SigningKey must be at least 32 bytes" },
        { Settings(authority: Https), "Auth:SigningKey and Auth:Authority are both set" },
        { Settings(issuer: null), "Auth:Issuer is required" },
        { Settings(audience: null), "Auth:Audience is required" },
        { Settings(key: null), "Auth:SigningKey or Auth:Authority is required" },
        { Settings(key: null, authority: "http://login.example.test/"), "Auth:Authority must be an absolute https URL" },
        { Settings(key: null, authority: "login.example.test"), "Auth:Authority must be an absolute https URL" },
        { new() { ["Auth:RequireHttpsMetadata"] = "false" }, "Auth:Issuer is required" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void ABadAuthSettingStopsTheApiAtStartNamingTheKey(Dictionary<string, string> settings, string message)
    {
        using var factory = new ConfiguredFactory(settings);

        var failure = Record.Exception(() => factory.CreateClient());

        // The host logs why it failed to start before anything else happens. What CreateClient throws is usually
        // that reason too, but the app's own RunAsync disposes the failed host on another thread, and when that wins
        // the race the test host reports the disposed host instead (seen under load in CI).
        Assert.NotNull(failure);
        var logged = string.Join("\n", factory.Logs.Select(l => l.Message));
        Assert.Contains(message, Messages(failure) + "\n" + logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAuthorityOverPlainHttpStartsWhenHttpsMetadataIsNotRequired()
    {
        var settings = Settings(key: null, authority: "http://localhost:9/realms/govgraph");
        settings["Auth:RequireHttpsMetadata"] = "false";
        using var factory = new ConfiguredFactory(settings);

        using var response = await factory.CreateClient().PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""",
            System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static Dictionary<string, string> Settings(
        string? issuer = Tokens.Issuer, string? audience = Tokens.Audience, string? key = Tokens.SigningKey, string? authority = null)
    {
        var settings = new Dictionary<string, string>();
        Add("Auth:Issuer", issuer);
        Add("Auth:Audience", audience);
        Add("Auth:SigningKey", key);
        Add("Auth:Authority", authority);
        return settings;

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                settings[name] = value;
            }
        }
    }

    private static string Messages(Exception failure) => failure switch
    {
        AggregateException aggregate => string.Join("\n", aggregate.InnerExceptions.Select(Messages)),
        { InnerException: { } inner } => failure.Message + "\n" + Messages(inner),
        _ => failure.Message,
    };

    private sealed class ConfiguredFactory(Dictionary<string, string> settings) : GovGraphFactory("none")
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(new KeepingLoggerProvider(Logs)));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
