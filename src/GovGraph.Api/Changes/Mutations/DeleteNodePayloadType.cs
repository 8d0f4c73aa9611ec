using GovGraph.Storage.Editing;
using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

public sealed class DeleteNodePayloadType : ObjectGraphType<MutationPayload>
{
    public DeleteNodePayloadType()
    {
        Name = "DeleteNodePayload";
        Description = "The result of deleting a node.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("deletedIds")
            .Description("Every node deleted, dependants first and the node asked for last; empty when refused. People are never among a cascade's dependants.")
            .Resolve(c => (c.Source.Result as DeletedNodes)?.Ids ?? []);
        this.AddCommon();
    }
}
