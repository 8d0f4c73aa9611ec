using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

public sealed class MutationErrorType : ObjectGraphType<MutationError>
{
    public MutationErrorType()
    {
        Name = "MutationError";
        Description = "Why a mutation was refused. A refused mutation changes nothing.";
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("A stable code to branch on, e.g. `HOUSEHOLD_ALREADY_LINKED`, `VERSION_CONFLICT`, `NODE_NOT_FOUND`.")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, for people.").Resolve(c => c.Source.Message);
        Field<StringGraphType>("field")
            .Description("The input field at fault (e.g. `household`, `expectedVersion`, `properties.batch`), where one is.")
            .Resolve(c => c.Source.Field);
    }
}
