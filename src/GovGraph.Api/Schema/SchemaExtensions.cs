using GovGraph.Api.Graph;
using GovGraph.Api.Limits;
using GovGraph.Api.Limits.PersistedDocuments;
using GovGraph.Api.Transport;
using GraphQL;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Schema;

public static class SchemaExtensions
{
    /// <summary>
    /// The schema, the per-request loaders and the execution limits (depth, complexity, aliases, persisted
    /// documents; rate limiting per caller comes with them).
    /// </summary>
    public static IHostApplicationBuilder AddGovGraphSchema(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLOptions>()
            .BindConfiguration(GraphQLOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<GraphLoaders>();
        builder.AddGovGraphLimits();
        builder.Services.AddGraphQL(b => b
            .AddSchema<GovGraphSchema>()
            .AddGraphTypes(typeof(GovGraphSchema).Assembly)
            // Text as written (Chinese as UTF-8, quotes plain): see ResponseJson for why that is safe here.
            .AddSystemTextJson(o => o.Encoder = ResponseJson.Encoder)
            // Each subscription event resolves in its own scope (fresh batch loaders), see the strategy.
            .AddExecutionStrategy<ScopedSubscriptionExecutionStrategy>(GraphQLParser.AST.OperationType.Subscription)
            .AddComplexityAnalyzer((c, sp) =>
            {
                var limits = sp.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                c.MaxDepth = limits.MaxDepth;
                c.MaxComplexity = limits.MaxComplexity;
            })
            .AddValidationRule<AliasLimitRule>()
            // documentId and Apollo's persisted-query hash load their text from PersistedDocumentStore.
            .UsePersistedDocuments((o, sp) =>
                o.AllowOnlyPersistedDocuments = sp.GetRequiredService<IOptions<PersistedDocumentsOptions>>().Value.AllowOnly));
        // Replaces GraphQL.NET's parser so absurdly deep documents stop early with MAX_DEPTH_EXCEEDED.
        builder.Services.AddSingleton<GraphQL.Execution.IDocumentBuilder, DepthLimitedDocumentBuilder>();
        return builder;
    }
}
