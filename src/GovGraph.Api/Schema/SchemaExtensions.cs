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
            .AddSystemTextJson()
            .AddComplexityAnalyzer((c, sp) =>
            {
                var limits = sp.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                c.MaxDepth = limits.MaxDepth;
                c.MaxComplexity = limits.MaxComplexity;
            }));
        return builder;
    }
}
