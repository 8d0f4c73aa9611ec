using GovGraph.Api.Limits.PersistedDocuments;
using GovGraph.Api.Limits.RateLimiting;
using GraphQL.PersistedDocuments;
using Microsoft.AspNetCore.RateLimiting;

namespace GovGraph.Api.Limits;

/// <summary>Persisted documents and rate limiting per caller; the execution limits live with the schema.</summary>
public static class LimitsExtensions
{
    public static IHostApplicationBuilder AddGovGraphLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PersistedDocumentsOptions>()
            .BindConfiguration(PersistedDocumentsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<PersistedDocumentStore>();
        builder.Services.AddSingleton<AutomaticPersistedQueries>();
        builder.Services.AddSingleton<IPersistedDocumentLoader>(sp => sp.GetRequiredService<PersistedDocumentStore>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PersistedDocumentStore>());

        builder.Services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<CallerRateLimiter>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<CallerRateLimiter>((o, limiter) =>
        {
            o.GlobalLimiter = limiter.ForRequests();
            o.OnRejected = (rejected, ct) => RateLimitRejection.WriteAsync(rejected, ct);
        });
        return builder;
    }

    /// <summary>
    /// Rate limiting per caller on <c>/graphql</c> and <c>/export/*</c>. Place it after authentication (which
    /// names the caller) and before the endpoints.
    /// </summary>
    public static WebApplication UseGovGraphRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }
}
