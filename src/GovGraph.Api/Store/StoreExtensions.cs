using GovGraph.Api.Diagnostics;
using GovGraph.Storage;
using GovGraph.Storage.Sqlite;

namespace GovGraph.Api.Store;

public static class StoreExtensions
{
    /// <summary>Registers the configured store, counted per request, and the start-up initialiser/seeder.</summary>
    public static IHostApplicationBuilder AddGovGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<RequestMetrics>();
        builder.Services.AddSingleton<SqliteGraphStore>(sp =>
        {
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StoreOptions>>().Value;
            return new SqliteGraphStore(new SqliteStoreOptions { Path = options.Path });
        });
        builder.Services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        builder.Services.AddHostedService<StoreInitializer>();
        return builder;
    }
}
