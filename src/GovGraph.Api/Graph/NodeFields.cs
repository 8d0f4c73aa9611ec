using GovGraph.Api.Graph.Lists;
using GovGraph.Api.Security;
using GovGraph.Domain.Model;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Graph;

/// <summary>
/// Declares fields of node types in one line each: stored properties, and relationships followed through the
/// request's batch loaders (a list as a Relay connection, a single neighbour as a nullable object).
/// </summary>
public static class NodeFields
{
    public const string VersionDescription =
        "The node's version: 1 when created, one more on every update. Updates pass it as `expectedVersion`, so a stale write is refused.";

    public static void NodeBasics(this ObjectGraphType<GraphNode> type, string label, string name, string description)
    {
        type.Name = name;
        type.Description = description;
        type.Interface<NodeInterface>();
        type.IsTypeOf = o => o is GraphNode n && n.Label == label;
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("The node's stable, globally unique id.").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<IntGraphType>>("version").Description(VersionDescription).Resolve(c => checked((int)c.Source.Version));
    }

    public static void Text(this ObjectGraphType<GraphNode> type, string property, string description, bool required = false)
    {
        if (required)
        {
            type.Field<NonNullGraphType<StringGraphType>>(property).Description(description).Resolve(c => c.Source.GetString(property) ?? "");
        }
        else
        {
            type.Field<StringGraphType>(property).Description(description).Resolve(c => c.Source.GetString(property));
        }
    }

    /// <summary>A text property holding personal data: masked (<c>张*</c>, <c>138****1234</c>) unless the caller may see it.</summary>
    public static void PersonalText(this ObjectGraphType<GraphNode> type, string label, string property, string description, bool required = false)
    {
        string? Shown(IResolveFieldContext<GraphNode> c) => PersonalDataGuard.Show(Loaders(c).Caller, label, property, c.Source.GetString(property));
        description += " Masked unless the caller has the analyst role or above and the `pii` claim.";
        if (required)
        {
            type.Field<NonNullGraphType<StringGraphType>>(property).Description(description).Resolve(c => Shown(c) ?? "");
        }
        else
        {
            type.Field<StringGraphType>(property).Description(description).Resolve(c => Shown(c));
        }
    }

    /// <summary>An instant stored as ISO-8601 text, served as the <c>DateTime</c> scalar.</summary>
    public static void Instant(this ObjectGraphType<GraphNode> type, string property, string description, bool required = false)
    {
        if (required)
        {
            type.Field<NonNullGraphType<DateTimeScalar>>(property).Description(description).Resolve(c => c.Source.GetString(property));
        }
        else
        {
            type.Field<DateTimeScalar>(property).Description(description).Resolve(c => c.Source.GetString(property));
        }
    }

    public static void Flag(this ObjectGraphType<GraphNode> type, string property, string description) =>
        type.Field<NonNullGraphType<BooleanGraphType>>(property).Description(description).Resolve(c => c.Source.GetBool(property) ?? false);

    public static void Number(this ObjectGraphType<GraphNode> type, string property, string description) =>
        type.Field<IntGraphType>(property).Description(description).Resolve(c => c.Source.GetLong(property) is { } l ? (int?)checked((int)l) : null);

    public static void Enum<TEnum>(this ObjectGraphType<GraphNode> type, string property, string description, bool required = false)
        where TEnum : EnumerationGraphType
    {
        if (required)
        {
            type.Field<NonNullGraphType<TEnum>>(property).Description(description).Resolve(c => c.Source.GetString(property));
        }
        else
        {
            type.Field<TEnum>(property).Description(description).Resolve(c => c.Source.GetString(property));
        }
    }

    /// <summary>A list over one relationship type and direction, as a connection (<c>first</c>/<c>after</c>, <c>last</c>/<c>before</c>).</summary>
    public static void Connection<TNodeType>(
        this ObjectGraphType<GraphNode> type,
        IOptions<GraphQLOptions> options,
        string name,
        string description,
        string relationshipType,
        Direction direction)
        where TNodeType : IGraphType
    {
        type.Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Description(description)
            .Arguments(PageArguments.Definitions(options.Value))
            .Arguments(ListArguments.Definitions(ListArguments.FilterFor<TNodeType>()))
            .Resolve(c =>
            {
                var page = PageArguments.From(c, options.Value);
                var list = ListArguments.From(c);
                var loaders = Loaders(c);
                PersonalDataGuard.CheckList(loaders.Caller, GraphTypeNames.Of<TNodeType>(), list);
                return loaders
                    .Neighbours(c.Source.Id, relationshipType, direction, page, list)
                    .Select(Graph.Connection.From);
            });
    }

    /// <summary>A single neighbour over one relationship type and direction (null when there is none).</summary>
    public static void Single<TNodeType>(
        this ObjectGraphType<GraphNode> type,
        string name,
        string description,
        string relationshipType,
        Direction direction)
        where TNodeType : IGraphType
    {
        type.Field<TNodeType>(name)
            .Description(description)
            .Arguments(ListArguments.AsOfDefinition())
            .Resolve(c => Loaders(c).FirstNeighbour(c.Source.Id, relationshipType, direction, ListArguments.From(c)));
    }

    public static GraphLoaders Loaders(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphLoaders>();
}
