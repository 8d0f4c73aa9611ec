using GovGraph.Api.Cli;
using GovGraph.Api.Security.ApiKeys;
using GovGraph.Api.Store;
using GovGraph.Api.Tests.Cli;
using GovGraph.Storage;
using GovGraph.Storage.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Security.ApiKeys;

/// <summary>The registrations Program.cs makes, and the apikey verb reached through the command line as a user runs it.</summary>
public sealed class ApiKeyWiringTests : IDisposable
{
    private readonly CliFixture _cli = new();

    private WebApplication Build(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Store:Path"] = _cli.PathOf("govgraph.db");
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.AddGovGraphStore();
        builder.AddApiKeys();
        return builder.Build();
    }

    [Fact]
    public async Task TheKeyStoreIsTheGraphStoreItselfAndTheServiceIsOnePerProcess()
    {
        await using var app = Build();

        Assert.Same(app.Services.GetRequiredService<IGraphStore>(), app.Services.GetRequiredService<IApiKeyStore>());
        Assert.Same(app.Services.GetRequiredService<ApiKeyService>(), app.Services.GetRequiredService<ApiKeyService>());
        Assert.Equal(TimeSpan.FromSeconds(10), app.Services.GetRequiredService<ApiKeyService>().CacheLifetime);
    }

    [Fact]
    public async Task TheVerbRunsThroughTheCommandLineAndCreatesAKeyTheHostAccepts()
    {
        await using var app = Build(("Auth:ApiKeyCacheSeconds", "0"));
        await _cli.SmallStoreAsync();

        var exit = await CommandLine.TryRunAsync(app, ["apikey", "create", "--role", "viewer", "--scope", "township:gangkou"], _cli.Console);

        Assert.Equal(0, exit);
        var key = _cli.Out.ToString().Split('\n')[1];
        Assert.NotNull(await app.Services.GetRequiredService<ApiKeyService>().VerifyAsync(key, CliFixture.Ct));
        Assert.Equal(TimeSpan.Zero, app.Services.GetRequiredService<ApiKeyService>().CacheLifetime);
    }

    [Fact]
    public async Task AnInvalidCacheSettingIsOneLineNotAStackTrace()
    {
        await using var app = Build(("Auth:ApiKeyCacheSeconds", "-1"));

        var exit = await CommandLine.TryRunAsync(app, ["apikey", "list"], _cli.Console);

        Assert.Equal(1, exit);
        Assert.StartsWith("apikey: invalid settings: ", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("ApiKeyCacheSeconds", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
