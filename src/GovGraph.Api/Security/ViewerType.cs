using GovGraph.Api.Graph;
using GovGraph.Api.Hierarchy.Traversal;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GraphQL.Types;

namespace GovGraph.Api.Security;

/// <summary>The caller as the API sees them, so a front end can shape itself to what its user may see and do.</summary>
public sealed class ViewerType : ObjectGraphType<Caller>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who is asking: the role, the part of the hierarchy they see, and whether personal data shows unmasked.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name changes are recorded under (a token's `name`/`sub`, `apikey:<id>` for API keys).").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<CallerRoleEnum>>("role").Description("The caller's role.").Resolve(c => c.Source.Role);
        Field<OrgUnitInterface>("scope")
            .Description("The org unit whose subtree the caller sees (the city for callers who see everything); null when the scope names no unit of this graph, in which case the caller sees nothing.")
            .ResolveAsync(async c =>
            {
                var store = NodeFields.Loaders(c).Store;
                if (c.Source.Scope is { } scope)
                {
                    return (await store.GetNodesAsync([scope], c.CancellationToken)).FirstOrDefault(n => Labels.OrgUnits.Contains(n.Label));
                }

                var city = await store.FindNodesAsync(new NodeQuery(NodeCriteria.OfLabel(Labels.City), 1, IncludeTotal: false), c.CancellationToken);
                return city.Items.FirstOrDefault()?.Node;
            });
        Field<NonNullGraphType<BooleanGraphType>>("seesEverything")
            .Description("True when the caller's scope is the whole graph (no scope, or the city's id).")
            .ResolveAsync(async c => c.Source.Scope is not { } scope
                || (await NodeFields.Loaders(c).Store.GetNodesAsync([scope], c.CancellationToken)).Any(n => n.Label == Labels.City));
        Field<NonNullGraphType<BooleanGraphType>>("seesPersonalData")
            .Description("True when personal data (households' names, phones, addresses) shows unmasked: analyst or above with the `pii` claim.")
            .Resolve(c => c.Source.SeesPersonalData);
        Field<NonNullGraphType<BooleanGraphType>>("mayWrite").Description("True for editors and admins (writes stay within the scope).").Resolve(c => c.Source.MayWrite);
        Field<NonNullGraphType<StringGraphType>>("authenticatedBy")
            .Description("`Bearer` (a JWT), `ApiKey`, or `Open` when the server runs in the open development mode.")
            .Resolve(c => c.Source.AuthenticatedBy);
    }
}
