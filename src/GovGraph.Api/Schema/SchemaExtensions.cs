using System.Text.Encodings.Web;
using System.Text.Unicode;
using GovGraph.Api.Graph;
using GraphQL;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Schema;

public static class SchemaExtensions
{
    /// <summary>The schema, the per-request loaders and the execution limits (depth, complexity).</summary>
    public static IHostApplicationBuilder AddGovGraphSchema(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLOptions>()
            .BindConfiguration(GraphQLOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddGraphQL(b => b
            .AddSchema<GovGraphSchema>()
            .AddGraphTypes(typeof(GovGraphSchema).Assembly)
            // Chinese text goes out as UTF-8, not \uXXXX escapes: half the bytes and readable in any tool.
            // HTML-sensitive characters stay escaped.
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            // Each subscription event resolves in its own scope (fresh batch loaders), see the strategy.
            .AddExecutionStrategy<ScopedSubscriptionExecutionStrategy>(GraphQLParser.AST.OperationType.Subscription)
            .AddComplexityAnalyzer((c, sp) =>
            {
                var limits = sp.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                c.MaxDepth = limits.MaxDepth;
                c.MaxComplexity = limits.MaxComplexity;
            }));
        return builder;
    }
}
