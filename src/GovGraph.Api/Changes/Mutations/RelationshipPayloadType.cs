using GovGraph.Api.Graph;
using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

public sealed class RelationshipPayloadType : ObjectGraphType<MutationPayload>
{
    public RelationshipPayloadType()
    {
        Name = "RelationshipPayload";
        Description = "The result of linking, unlinking or reassigning: the relationship made or ended.";
        Field<RelationshipGraphType>("relationship")
            .Description("The relationship created, or the one ended (with `until` set); null when refused.")
            .Resolve(c => c.Source.Result);
        this.AddCommon();
    }
}
