using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Tests.Transport;

/// <summary>
/// A schema whose <c>boom</c> resolver throws an exception carrying a secret, to prove the transport masks it;
/// <c>echo(id: ID!)</c> gives variable coercion something to fail on.
/// </summary>
public sealed class FaultySchema : GraphQL.Types.Schema
{
    public const string Secret = "Server=db;Password=hunter2";

    public FaultySchema(IServiceProvider services) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException(Secret));
        query.Field<StringGraphType>("fine").Resolve(_ => "fine");
        query.Field<IdGraphType>("echo")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => context.GetArgument<string>("id"));
        Query = query;
    }
}
