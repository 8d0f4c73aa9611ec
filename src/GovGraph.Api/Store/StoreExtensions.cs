using Microsoft.Extensions.DependencyInjection.Extensions;
using GovGraph.Api.Diagnostics;
using GovGraph.Storage;
using GovGraph.Storage.Neo4j.Client;
using GovGraph.Storage.Neo4j.Cypher;
using GovGraph.Storage.Neo4j.Store;
using GovGraph.Storage.Security;
using GovGraph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Store;

public static class StoreExtensions
{
    /// <summary>Registers the configured store (also the API-key store: the same instance), counted per request, and the start-up initialiser/seeder.</summary>
    public static IHostApplicationBuilder AddGovGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<RequestMetrics>();
        if (string.Equals(builder.Configuration[$"{StoreOptions.Section}:Provider"], "neo4j", StringComparison.Ordinal))
        {
            AddNeo4j(builder);
        }
        else
        {
            builder.Services.AddSingleton<SqliteGraphStore>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
                return new SqliteGraphStore(new SqliteStoreOptions { Path = options.Path });
            });
            builder.Services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
            builder.Services.AddSingleton<IApiKeyStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<StoreInitializer>();
        return builder;
    }

    /// <summary>
    /// Neo4j through its HTTP Query API: the client over one pooled HttpClient, the Cypher store over it. The store's
    /// start-up migration is the first call, so an unreachable server or a wrong password stops the host there, with
    /// a message naming the setting to fix.
    /// </summary>
    private static void AddNeo4j(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<Neo4jOptions>()
            .BindConfiguration(Neo4jOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHttpClient(Neo4jOptions.SectionName);
        builder.Services.AddSingleton<ICypherRunner>(sp => new Neo4jQueryClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(Neo4jOptions.SectionName),
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value));
        builder.Services.AddSingleton(sp => new Neo4jGraphStore(sp.GetRequiredService<ICypherRunner>(), TimeProvider.System));
        builder.Services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        builder.Services.AddSingleton<IApiKeyStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
    }
}
