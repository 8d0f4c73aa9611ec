using GovGraph.Api.Graph;
using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>The payload of creating or updating a <typeparamref name="TNodeType"/> (<c>VillagePayload { village }</c>).</summary>
public sealed class NodePayloadType<TNodeType> : ObjectGraphType<MutationPayload>
    where TNodeType : IGraphType
{
    public NodePayloadType()
    {
        var label = GraphTypeNames.Of<TNodeType>();
        Name = label + "Payload";
        Description = $"The result of creating or updating {Wording.A(label)}.";
        Field<TNodeType>(char.ToLowerInvariant(label[0]) + label[1..])
            .Description($"The `{label}` as it stands after the change (with its new `version`); null when refused.")
            .Resolve(c => c.Source.Result);
        this.AddCommon();
    }
}
