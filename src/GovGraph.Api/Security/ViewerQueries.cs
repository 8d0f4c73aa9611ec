using GovGraph.Api.Graph;
using GraphQL.Types;

namespace GovGraph.Api.Security;

/// <summary>The <c>viewer</c> root field.</summary>
public static class ViewerQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("Who is asking: role, scope and personal-data access, as every other field applies them.")
            .Resolve(c => NodeFields.Loaders(c).Caller);
}
