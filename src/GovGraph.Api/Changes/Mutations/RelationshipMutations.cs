using GovGraph.Storage.Editing;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>The generic <c>link</c> and <c>unlink</c> for every relationship type, and the named relationship mutations.</summary>
public static class RelationshipMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<RelationshipPayloadType>("link")
            .Description("Creates a relationship of any type of MODEL.md between two existing nodes, with every rule of that type (e.g. `HOUSEHOLD_ALREADY_LINKED`, `UNIT_ALREADY_OVERSEEN`).")
            .Argument<NonNullGraphType<LinkInputType>>("input", "The relationship to create.")
            .ResolveAsync(async c => await MutationRunner.RunAsync(c, "link", async (editor, tx, key, ct) =>
            {
                var input = MutationInputs.Of(c);
                var properties = input.GetValueOrDefault("properties") as IReadOnlyDictionary<string, object?>
                    ?? new Dictionary<string, object?>();
                var command = new Link((string)input["type"]!, MutationInputs.Id(input, "from"), MutationInputs.Id(input, "to"), properties);
                return await editor.LinkAsync(tx, command, key, ct);
            }));

        mutation.Field<RelationshipPayloadType>("unlink")
            .Description("Ends a current relationship: it gets `until` = today and stays in the history that `asOf` reads. A household's COVERS cannot be ended (use `moveHousehold`).")
            .Argument<NonNullGraphType<UnlinkInputType>>("input", "The relationship to end.")
            .ResolveAsync(async c => await MutationRunner.RunAsync(c, "unlink", async (editor, tx, key, ct) =>
            {
                var input = MutationInputs.Of(c);
                var command = new Unlink((string)input["type"]!, MutationInputs.Id(input, "from"), MutationInputs.Id(input, "to"));
                return await editor.UnlinkAsync(tx, command, key, ct);
            }));

        foreach (var link in NamedLinks.All)
        {
            AddNamed(mutation, link);
        }
    }

    private static void AddNamed(ObjectGraphType mutation, NamedLink link)
    {
        var input = new QueryArgument(new NonNullGraphType(new NamedLinkInputType(link)))
        {
            Name = "input",
            Description = $"The {link.From.Field} and the {link.To.Field}.",
        };
        mutation.Field<RelationshipPayloadType>(link.Mutation)
            .Description(link.Description)
            .Arguments(input)
            .ResolveAsync(async c => await MutationRunner.RunAsync(c, link.Mutation, async (editor, tx, key, ct) =>
            {
                var values = MutationInputs.Of(c);
                var from = MutationInputs.Id(values, link.From.Field);
                var to = MutationInputs.Id(values, link.To.Field);
                var roles = new LinkRoles(link.From.Field, link.To.Field);
                if (link.Ends)
                {
                    return await editor.UnlinkAsync(tx, new Unlink(link.RelationshipType, from, to) { Roles = roles }, key, ct);
                }

                var properties = MutationInputs.Except(values, link.From.Field, link.To.Field, "clientMutationId");
                return await editor.LinkAsync(tx, new Link(link.RelationshipType, from, to, properties) { Roles = roles, Replace = link.Reassigns }, key, ct);
            }));
    }
}
