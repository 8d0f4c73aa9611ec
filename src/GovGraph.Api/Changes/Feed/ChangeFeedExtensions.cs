using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovGraph.Api.Changes.Feed;

/// <summary>Registration of the change feed.</summary>
public static class ChangeFeedExtensions
{
    /// <summary>
    /// The change hub (singleton and hosted pump), the publisher the write path calls after a commit, the local
    /// fan-out (replaced by Redis when <c>ConnectionStrings:Redis</c> is set) and retention of the change log.
    /// Call after the store is added: the hub reads the log's position when it starts.
    /// </summary>
    public static IHostApplicationBuilder AddGovGraphChanges(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChangeFeedOptions>()
            .BindConfiguration(ChangeFeedOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ChangeHub>();
        builder.Services.AddSingleton<IChangeHub>(sp => sp.GetRequiredService<ChangeHub>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChangeHub>());
        builder.Services.TryAddSingleton<IChangeFanOut, LocalChangeFanOut>();
        builder.Services.AddSingleton<IChangePublisher, ChangePublisher>();
        builder.Services.AddHostedService<ChangeRetentionService>();
        return builder;
    }
}
