using GovGraph.Api.Graph;
using GovGraph.Api.Hierarchy;
using GovGraph.Domain.Rules;
using GovGraph.Storage.Editing;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

/// <summary><c>createX</c> for every label but the city, <c>updateX</c> for every label, and <c>deleteNode</c>.</summary>
public static class NodeMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        Create<TownshipType>(mutation);
        Create<VillageType>(mutation);
        Create<PartyGroupType>(mutation);
        Create<CentralHouseholdType>(mutation);
        Create<HouseholdType>(mutation);
        Create<PersonType>(mutation);
        Create<AgencyType>(mutation);
        Create<UniversityType>(mutation);
        Create<VillageBodyType>(mutation);
        Create<VenueType>(mutation);

        Update<CityType>(mutation);
        Update<TownshipType>(mutation);
        Update<VillageType>(mutation);
        Update<PartyGroupType>(mutation);
        Update<CentralHouseholdType>(mutation);
        Update<HouseholdType>(mutation);
        Update<PersonType>(mutation);
        Update<AgencyType>(mutation);
        Update<UniversityType>(mutation);
        Update<VillageBodyType>(mutation);
        Update<VenueType>(mutation);

        mutation.Field<DeleteNodePayloadType>("deleteNode")
            .Description("Deletes a node and every relationship at it. A node with units, households, bodies or venues below it needs `cascade: true`, which deletes them too; people are never deleted by a cascade.")
            .Argument<NonNullGraphType<DeleteNodeInputType>>("input", "The node and whether to cascade.")
            .ResolveAsync(async c => await MutationRunner.RunAsync(c, "deleteNode", async (editor, tx, key, ct) =>
            {
                var input = MutationInputs.Of(c);
                var command = new DeleteNode(MutationInputs.Id(input, "id"), input.GetValueOrDefault("cascade") is true);
                return await editor.DeleteNodeAsync(tx, command, key, ct);
            }));
    }

    private static void Create<TNodeType>(ObjectGraphType mutation)
        where TNodeType : IGraphType
    {
        var label = GraphTypeNames.Of<TNodeType>();
        var name = "create" + label;
        var parentage = NodeCreation.ParentageOf(label);
        mutation.Field<NodePayloadType<TNodeType>>(name)
            .Description(parentage is null
                ? $"Creates {Wording.A(label)}, standing alone until linked."
                : $"Creates {Wording.A(label)} under its `{parentage.Field}` ({parentage.RelationshipType} from it, in the same change).")
            .Argument<NonNullGraphType<CreateNodeInputType<TNodeType>>>("input", $"The new `{label}`.")
            .ResolveAsync(async c => await MutationRunner.RunAsync(c, name, async (editor, tx, key, ct) =>
            {
                var input = MutationInputs.Of(c);
                var command = new CreateNode(
                    label,
                    MutationInputs.OptionalId(input, "id"),
                    MutationInputs.Except(input, "id", "clientMutationId", parentage?.Field ?? "id"),
                    parentage is null ? null : MutationInputs.Id(input, parentage.Field));
                return await editor.CreateNodeAsync(tx, command, key, ct);
            }));
    }

    private static void Update<TNodeType>(ObjectGraphType mutation)
        where TNodeType : IGraphType
    {
        var label = GraphTypeNames.Of<TNodeType>();
        var name = "update" + label;
        mutation.Field<NodePayloadType<TNodeType>>(name)
            .Description($"Changes some properties of {Wording.A(label)}, provided it is still at the `version` the client read (else `VERSION_CONFLICT`).")
            .Argument<NonNullGraphType<UpdateNodeInputType<TNodeType>>>("input", $"The `{label}`, its expected version and the changes.")
            .ResolveAsync(async c => await MutationRunner.RunAsync(c, name, async (editor, tx, key, ct) =>
            {
                var input = MutationInputs.Of(c);
                var command = new UpdateNode(
                    label,
                    MutationInputs.Id(input, "id"),
                    Convert.ToInt64(input["expectedVersion"], System.Globalization.CultureInfo.InvariantCulture),
                    MutationInputs.Except(input, "id", "expectedVersion", "clientMutationId"));
                return await editor.UpdateNodeAsync(tx, command, key, ct);
            }));
    }
}
