using Microsoft.AspNetCore.Hosting;

namespace GovGraph.Api.Tests.Infrastructure;

/// <summary>
/// The API with authentication on (an HS256 signing key, so tests mint their own tokens with <see cref="Tokens"/>),
/// over its own seeded Ningguo store.
/// </summary>
public class SecuredFactory : GovGraphFactory
{
    // One public constructor without parameters: xunit builds collection fixtures only so.
    public SecuredFactory()
        : this("ningguo")
    {
    }

    /// <summary>The secured API over <paramref name="seed"/> (<c>ningguo</c> or <c>none</c>), for derived factories.</summary>
    protected SecuredFactory(string seed)
        : base(seed)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Auth:Issuer", Tokens.Issuer);
        builder.UseSetting("Auth:Audience", Tokens.Audience);
        builder.UseSetting("Auth:SigningKey", Tokens.SigningKey);
    }

    /// <summary>A client that sends a bearer token for this role, scope and pii claim.</summary>
    public HttpClient ClientFor(string role, string? scope = null, bool pii = false, string name = "tester")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Tokens.Create(role, scope, pii, name));
        return client;
    }
}

/// <summary>One secured API over the seeded Ningguo store, shared by the read-only tests of a collection.</summary>
[CollectionDefinition(Name)]
public sealed class SecuredCollection : ICollectionFixture<SecuredFactory>
{
    public const string Name = "secured Ningguo API";
}
