using System.Security.Claims;
using System.Text.Encodings.Web;
using GovGraph.Api.Security;
using GovGraph.Api.Security.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Security.ApiKeys;

/// <summary>The handler on its own, over a real SQLite store: what a request with (or without) X-Api-Key gets.</summary>
public sealed class ApiKeyAuthenticationHandlerTests
{
    private static readonly string Document = "sha256:" + new string('c', 64);

    private static async Task<AuthenticateResult> AuthenticateAsync(ApiKeyService keys, params string[] headerValues)
    {
        var services = new ServiceCollection().AddLogging().AddOptions().BuildServiceProvider();
        var handler = new ApiKeyAuthenticationHandler(
            services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<AuthenticationSchemeOptions>>(),
            services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>(),
            UrlEncoder.Default,
            keys);
        var context = new DefaultHttpContext { RequestServices = services };
        if (headerValues.Length > 0)
        {
            context.Request.Headers[ApiKeyAuthenticationHandler.Header] = headerValues;
        }

        await handler.InitializeAsync(
            new AuthenticationScheme(ApiKeyAuthenticationHandler.SchemeName, null, typeof(ApiKeyAuthenticationHandler)), context);
        return await handler.AuthenticateAsync();
    }

    [Fact]
    public async Task WithoutTheHeaderTheHandlerHasNoResult()
    {
        using var kit = await ApiKeyKit.CreateAsync();

        var result = await AuthenticateAsync(kit.Service);

        Assert.True(result.None);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AValidKeyBecomesAPrincipalWithTheKeysClaims()
    {
        using var kit = await ApiKeyKit.CreateAsync();
        var created = await kit.Service.CreateAsync("统计 app", "analyst", "township:gangkou", true, [Document], ApiKeyKit.Ct);

        var result = await AuthenticateAsync(kit.Service, created.Key);

        Assert.True(result.Succeeded);
        Assert.Equal(ApiKeyAuthenticationHandler.SchemeName, result.Ticket!.AuthenticationScheme);
        var identity = Assert.IsType<ClaimsIdentity>(result.Principal!.Identity);
        Assert.Equal((GovGraphClaims.ApiKeyType, true, $"apikey:{created.Record.Id}"), (identity.AuthenticationType, identity.IsAuthenticated, identity.Name));
        Assert.True(result.Principal.IsInRole("analyst"));
        Assert.Equal(
            [("name", $"apikey:{created.Record.Id}"), ("role", "analyst"), ("pii", "true"), ("gg_key", created.Record.Id),
             ("scope", "township:gangkou"), ("gg_document", Document)],
            result.Principal.Claims.Select(c => (c.Type, c.Value)));

        // What every read and write path then sees.
        var caller = Caller.From(result.Principal);
        Assert.NotNull(caller);
        Assert.Equal((CallerRole.Analyst, "township:gangkou", true, created.Record.Id, GovGraphClaims.ApiKeyType),
            (caller.Role, caller.Scope, caller.SeesPersonalData, caller.ApiKeyId, caller.AuthenticatedBy));
        Assert.Equal([Document], caller.AllowedDocuments);
    }

    [Fact]
    public async Task AKeyWithoutScopeOrDocumentsCarriesNeither()
    {
        using var kit = await ApiKeyKit.CreateAsync();
        var created = await kit.Service.CreateAsync(null, "viewer", null, false, [], ApiKeyKit.Ct);

        var result = await AuthenticateAsync(kit.Service, created.Key);

        Assert.Equal(["name", "role", "pii", "gg_key"], result.Principal!.Claims.Select(c => c.Type));
        var caller = Caller.From(result.Principal)!;
        Assert.Null(caller.Scope);
        Assert.Empty(caller.AllowedDocuments);
        Assert.False(caller.SeesPersonalData);
    }

    [Fact]
    public async Task EveryInvalidKeyFailsWithTheSameMessage()
    {
        using var kit = await ApiKeyKit.CreateAsync();
        var created = await kit.Service.CreateAsync("app", "viewer", null, false, [], ApiKeyKit.Ct);
        var revoked = await kit.Service.CreateAsync("old", "viewer", null, false, [], ApiKeyKit.Ct);
        await kit.Service.RevokeAsync(revoked.Record.Id, ApiKeyKit.Ct);
        var last = created.Key[^1] == 'A' ? 'B' : 'A';

        string[][] presented =
        [
            [""], ["not a key"], [created.Key[..^1] + last], ["gg_" + new string('f', 16) + created.Key[19..]], [revoked.Key],
            [created.Key, created.Key], [created.Key.ToUpperInvariant()],
        ];
        foreach (var values in presented)
        {
            var result = await AuthenticateAsync(kit.Service, values);
            Assert.False(result.Succeeded);
            Assert.False(result.None);
            Assert.Equal(ApiKeyAuthenticationHandler.InvalidKeyMessage, result.Failure!.Message);
        }
    }
}
