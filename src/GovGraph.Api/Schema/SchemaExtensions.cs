using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Schema;

public static class SchemaExtensions
{
    public static IHostApplicationBuilder AddGovGraphSchema(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLOptions>()
            .BindConfiguration(GraphQLOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddGraphQL(b => b
            .AddSchema<GovGraphSchema>()
            .AddSystemTextJson());
        return builder;
    }
}

/// <summary>Placeholder schema until the hierarchy types land.</summary>
public sealed class GovGraphSchema : GraphQL.Types.Schema
{
    public GovGraphSchema(IServiceProvider services) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("ping").Resolve(_ => "pong");
        Query = query;
    }
}
