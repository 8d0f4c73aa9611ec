using GovGraph.Api.Errors;
using GovGraph.Api.Graph;
using GovGraph.Api.Graph.Lists;
using GovGraph.Api.Security;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Hierarchy;

/// <summary>The root fields for reading the hierarchy: Relay node lookup, the city, the townships and search.</summary>
public static class HierarchyQueries
{
    /// <summary>Most ids one <c>nodes</c> call takes.</summary>
    public const int MaxIds = 500;

    public static void AddTo(ObjectGraphType query, GraphQLOptions options)
    {
        query.Field<NodeInterface>("node")
            .Description("The node with this id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A node id, e.g. `village:shanmen`.")
            .Resolve(c => NodeFields.Loaders(c).Node(NodeArguments.Id(c, "id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"The nodes with these ids, in the same order; null where there is none. At most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Node ids.")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new GovGraphError(ErrorCodes.TooManyIds, $"`nodes` takes at most {MaxIds} ids per call.", "ids");
                }

                var loaders = NodeFields.Loaders(c);
                return ids.Select(id => loaders.Node(NodeArguments.Valid(id, "ids"))).ToList();
            });

        query.Field<CityType>("city")
            .Description("The city committee (市委), root of the six-level chain; null for a caller scoped below it (start from `viewer.scope` instead).")
            .ResolveAsync(async c => await NodeFields.Loaders(c).CityAsync(c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TownshipType>>>>("townships")
            .Description("Every township-level unit (乡镇 and 街道), in the city's order unless sorted.")
            .Arguments(ListArguments.Definitions(typeof(TownshipFilterInput), withAsOf: false))
            .ResolveAsync(async c =>
            {
                var list = ListArguments.From(c);
                var criteria = (list.Where ?? new NodeCriteria()) with { Labels = [Labels.Township] };
                var page = await NodeFields.Loaders(c).Store.FindNodesAsync(
                    new NodeQuery(criteria, options.MaxPageSize, IncludeTotal: false) { Order = list.Order }, c.CancellationToken);
                return page.Items.Select(i => i.Node).ToList();
            });

        query.Field<NonNullGraphType<ConnectionGraphType<NodeInterface>>>("search")
            .Description("Nodes whose name contains the text (Chinese substrings work: `山门` finds 山门村), optionally of some labels only. Households (named by their head) are searched only for callers who see personal data.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "The text to look for in names (1–100 characters).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("labels", "Only nodes with one of these labels, e.g. `[\"Village\"]`; all labels when omitted.")
            .Arguments(PageArguments.Definitions(options))
            .ResolveAsync(async c =>
            {
                var text = ListArguments.ValidText(c.GetArgument<string>("text"), "text");

                var labels = c.GetArgument<List<string>?>("labels");
                var unknown = labels?.FirstOrDefault(l => !Labels.IsKnown(l));
                if (unknown is not null)
                {
                    throw new GovGraphError(ErrorCodes.UnknownLabel, $"Unknown label; labels are {string.Join(", ", Labels.All)}.", "labels");
                }

                var page = PageArguments.From(c, options);
                var loaders = NodeFields.Loaders(c);
                var criteria = new NodeCriteria { NameContains = text, Labels = PersonalDataGuard.SearchLabels(loaders.Caller, labels) };
                var result = await loaders.Store.FindNodesAsync(
                    page.Of(new NodeQuery(criteria, page.Size)), c.CancellationToken);
                return Connection.From(result);
            });
    }
}
