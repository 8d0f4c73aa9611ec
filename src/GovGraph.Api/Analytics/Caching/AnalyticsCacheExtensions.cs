using GovGraph.Api.Changes.Feed;

namespace GovGraph.Api.Analytics.Caching;

public static class AnalyticsCacheExtensions
{
    /// <summary>
    /// HybridCache for the analytics figures (in memory; Redis becomes its second tier when <c>AddGovGraphRedis</c>
    /// finds <c>ConnectionStrings:Redis</c>) and the change listener that invalidates them.
    /// </summary>
    public static IHostApplicationBuilder AddAnalyticsCache(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AnalyticsCacheOptions>()
            .BindConfiguration(AnalyticsCacheOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHybridCache();
        builder.Services.AddSingleton<AnalyticsCache>();
        builder.Services.AddSingleton<IChangeListener, AnalyticsCacheInvalidator>();
        return builder;
    }
}
