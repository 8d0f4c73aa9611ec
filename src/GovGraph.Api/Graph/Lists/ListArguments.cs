using GovGraph.Api.Errors;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Graph.Lists;

/// <summary>
/// The <c>where</c>, <c>orderBy</c> and <c>asOf</c> arguments every relationship list takes, turned into the
/// store's criteria in one place.
/// </summary>
/// <param name="Key">A canonical text of the arguments, so identical lists in one request share one batch loader.</param>
public sealed record ListArguments(NodeCriteria? Where, NodeOrder? Order, DateOnly? AsOf, string Key)
{
    public static readonly ListArguments None = new(null, null, null, "");

    /// <summary>The filter input type for lists of <typeparamref name="TNodeType"/>, or null when it has none.</summary>
    public static Type? FilterFor<TNodeType>() where TNodeType : IGraphType => GraphTypeNames.Of<TNodeType>() switch
    {
        Labels.Township => typeof(TownshipFilterInput),
        Labels.Village => typeof(VillageFilterInput),
        Labels.PartyGroup => typeof(PartyGroupFilterInput),
        Labels.Person => typeof(PersonFilterInput),
        Labels.Agency => typeof(AgencyFilterInput),
        Labels.Household => typeof(HouseholdFilterInput),
        Labels.Venue => typeof(VenueFilterInput),
        Labels.VillageBody => typeof(VillageBodyFilterInput),
        "Node" => null,
        // Cases and their events have no name; their lists are the household's and the case's own history.
        Labels.ServiceRequest or Labels.RequestEvent => null,
        _ => typeof(NameFilterInput),
    };

    public static QueryArgument[] Definitions(Type? filterType, bool withAsOf = true)
    {
        var arguments = new List<QueryArgument>();
        if (filterType is not null)
        {
            arguments.Add(new QueryArgument(filterType) { Name = "where", Description = "Only the nodes matching this filter (counted in `totalCount` too)." });
            arguments.Add(new QueryArgument<OrderInput> { Name = "orderBy", Description = "Sort the list (default: the graph's order)." });
        }

        if (withAsOf)
        {
            arguments.Add(AsOfDefinition());
        }

        return [.. arguments];
    }

    public static QueryArgument AsOfDefinition() => new QueryArgument<DateScalar>
    {
        Name = "asOf",
        Description = "Follow the relationships as they stood on this date (default today): ended links (`until`) drop out, history stays queryable.",
    };

    public static ListArguments From(IResolveFieldContext context)
    {
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        var order = context.GetArgument<Dictionary<string, object?>?>("orderBy");
        var asOf = context.GetArgument<DateOnly?>("asOf");
        if (where is null && order is null && asOf is null)
        {
            // The same key as lists that take no arguments, so they share a batch loader.
            return None;
        }

        var key = System.Text.Json.JsonSerializer.Serialize(new { where, order, asOf });
        return new ListArguments(ToCriteria(where, asOf), ToOrder(order), asOf, key);
    }

    private static NodeCriteria? ToCriteria(Dictionary<string, object?>? where, DateOnly? asOf)
    {
        if (where is null || where.Count == 0)
        {
            return null;
        }

        string? nameContains = null;
        var properties = new List<PropertyFilter>();
        var relationships = new List<RelationshipFilter>();
        foreach (var (key, value) in where)
        {
            switch (key)
            {
                case "nameContains" when value is string text:
                    nameContains = ValidText(text);
                    break;
                case "unassigned" when value is bool unassigned:
                    relationships.Add(new RelationshipFilter(RelTypes.Links, Direction.In, Exists: !unassigned));
                    break;
                case var property when value is not null:
                    properties.Add(new PropertyFilter(property, FilterOp.Equals, value));
                    break;
            }
        }

        return new NodeCriteria { NameContains = nameContains, Properties = properties, Relationships = relationships, AsOf = asOf };
    }

    private static NodeOrder? ToOrder(Dictionary<string, object?>? order)
    {
        if (order?["field"] is not OrderField field)
        {
            return null;
        }

        var descending = order.TryGetValue("direction", out var d) && d is true;
        return field switch
        {
            OrderField.Name => new NodeOrder(NodeOrderKey.Name, descending),
            OrderField.Households => CountUnder(Labels.Household, null, descending),
            OrderField.UnassignedHouseholds => CountUnder(Labels.Household, new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false), descending),
            OrderField.PartyMembers => new NodeOrder(NodeOrderKey.CountUnder, descending)
            {
                CountUnder = NodeCriteria.OfLabel(Labels.Person) with { Properties = [new PropertyFilter(Props.PartyMember, FilterOp.Equals, true)] },
            },
            OrderField.LinkedHouseholds => new NodeOrder(NodeOrderKey.RelationshipCount, descending) { Relationship = (RelTypes.Links, Direction.Out) },
            OrderField.AttachedMembers => new NodeOrder(NodeOrderKey.RelationshipCount, descending) { Relationship = (RelTypes.AttachedTo, Direction.In) },
            _ => null,
        };
    }

    private static NodeOrder CountUnder(string label, RelationshipFilter? relationship, bool descending) =>
        new(NodeOrderKey.CountUnder, descending)
        {
            CountUnder = NodeCriteria.OfLabel(label) with { Relationships = relationship is null ? [] : [relationship] },
        };

    /// <summary>Search text: 1–100 printable characters, trimmed.</summary>
    public static string ValidText(string text, string argument = "where")
    {
        var trimmed = text.Trim();
        return trimmed.Length is 0 or > 100 || trimmed.Any(char.IsControl)
            ? throw new GovGraphError(ErrorCodes.InvalidArgument, "Search text must be 1–100 printable characters.", argument)
            : trimmed;
    }
}
