using System.Text;
using GovGraph.Api.Security.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GovGraph.Api.Security;

/// <summary>
/// Authentication: JWT bearer tokens and API keys when any <c>Auth:*</c> is configured, the open development mode
/// (every request an admin) when none is; and the caller of every request, established before GraphQL runs.
/// </summary>
public static class AuthExtensions
{
    /// <summary>The default scheme: an API key when the request has <c>X-Api-Key</c>, else a bearer token.</summary>
    public const string SchemeName = "GovGraph";

    /// <summary>The claim that names the caller (the change log's actor); <c>sub</c> when a token has none.</summary>
    public const string NameClaim = "name";

    /// <summary>Tokens a little out of their lifetime still pass: the issuer's clock and ours differ a little.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public static IHostApplicationBuilder AddGovGraphAuth(this IHostApplicationBuilder builder)
    {
        var mode = AuthMode.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(mode);
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.AddScoped<CallerContext>();
        services.AddSingleton<ConnectionInitAuthenticator>();
        services.AddHealthChecks().AddCheck<AuthHealthCheck>(AuthHealthCheck.Name, tags: ["ready"]);

        if (!mode.IsEnabled)
        {
            services.AddAuthentication(OpenAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, OpenAuthenticationHandler>(OpenAuthenticationHandler.SchemeName, null);
            return builder;
        }

        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "Bearer token or API key", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, auth) => ConfigureBearer(jwt, auth.Value));
        return builder;
    }

    /// <summary>
    /// Authenticates every request and establishes its caller (or refuses it). Call after the static files and
    /// WebSocket middleware (<c>MapGraphQLHttp</c> adds them), so IDE assets stay public and upgrades are seen.
    /// </summary>
    public static WebApplication UseGovGraphAuth(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<AuthMode>().IsEnabled)
        {
            AuthLog.RunningOpen(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuthExtensions).FullName!));
        }

        app.UseAuthentication();
        app.UseMiddleware<CallerMiddleware>();
        return app;
    }

    private static void ConfigureBearer(JwtBearerOptions jwt, AuthOptions auth)
    {
        // Claims keep the names the token has: `role`, `scope` and `pii` are GovGraph's, not Microsoft's URIs.
        jwt.MapInboundClaims = false;
        jwt.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = auth.Issuer,
            ValidateAudience = true,
            ValidAudience = auth.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            // Never `alg: none`: an unsigned token is refused whatever else it says.
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = ClockSkew,
            NameClaimType = NameClaim,
            RoleClaimType = GovGraphClaims.Role,
            AuthenticationType = GovGraphClaims.BearerType,
        };

        if (!string.IsNullOrEmpty(auth.SigningKey))
        {
            parameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(auth.SigningKey));
            parameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
        else
        {
            // Keys (and their algorithms) come from the issuer's discovery document, refreshed as it rotates them.
            jwt.Authority = auth.Authority;
            jwt.Audience = auth.Audience;
        }

        jwt.TokenValidationParameters = parameters;
    }
}
