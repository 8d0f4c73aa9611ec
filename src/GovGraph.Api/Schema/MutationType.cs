using GovGraph.Api.Changes.Mutations;
using GovGraph.Api.ServiceRequests.Mutations;
using GraphQL.Types;

namespace GovGraph.Api.Schema;

/// <summary>The root mutation type: every change to the graph, each one transaction with its change events.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Changes to the organisation graph. Each mutation is one transaction: it applies whole, with its change events, or is refused with payload `errors` and changes nothing.";
        NodeMutations.AddTo(this);
        RelationshipMutations.AddTo(this);
        RequestMutations.AddTo(this);
    }
}
