using GovGraph.Api.Graph;
using GovGraph.Api.Hierarchy;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Analytics;

/// <summary>Where the organisation has holes: units missing a link they should have, members and central households out of range.</summary>
public sealed class GapsType : ObjectGraphType<GapsRequest>
{
    public GapsType(IOptions<GraphQLOptions> options)
    {
        Name = "Gaps";
        Description = "Gaps in the organisation under a unit: each list is a connection with `totalCount`.";
        Gap<VillageType>(options, "villagesWithoutPairedAgency", "Villages no agency is paired with (结对).",
            _ => new NodeCriteria { Labels = [Labels.Village], Relationships = [new RelationshipFilter(RelTypes.PairedWith, Direction.In, Exists: false)] });
        Gap<VillageType>(options, "villagesWithoutInstructor", "Villages with no party-building instructor.",
            _ => new NodeCriteria { Labels = [Labels.Village], Relationships = [new RelationshipFilter(RelTypes.Instructs, Direction.In, Exists: false)] });
        Gap<TownshipType>(options, "townshipsWithoutContact", "Township-level units no city leader contacts (包乡).",
            _ => new NodeCriteria { Labels = [Labels.Township], Relationships = [new RelationshipFilter(RelTypes.Contacts, Direction.In, Exists: false)] });
        Gap<PersonType>(options, "overloadedMembers", "People who link more households than `maxHouseholdsPerMember`.",
            g => new NodeCriteria { Labels = [Labels.Person], Relationships = [new RelationshipFilter(RelTypes.Links, Direction.Out) { MinCount = g.MaxHouseholdsPerMember + 1 }] });
        Gap<CentralHouseholdType>(options, "thinCentralHouseholds", "Central households with fewer attached members than `minAttachedMembers`.",
            g => new NodeCriteria { Labels = [Labels.CentralHousehold], Relationships = [new RelationshipFilter(RelTypes.AttachedTo, Direction.In) { MaxCount = g.MinAttachedMembers - 1 }] });
    }

    private void Gap<TNodeType>(IOptions<GraphQLOptions> options, string name, string description, Func<GapsRequest, NodeCriteria> criteria)
        where TNodeType : IGraphType =>
        Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Description(description)
            .Arguments(PageArguments.Definitions(options.Value))
            .ResolveAsync(async c =>
            {
                var page = PageArguments.From(c, options.Value);
                var gaps = c.Source;
                var query = page.Of(new NodeQuery(criteria(gaps) with { Under = gaps.Under }, page.Size));
                var result = await AnalyticsQueries.Cache(c).PageAsync(
                    NodeFields.Loaders(c).Store, $"gaps:{name}:{gaps.MaxHouseholdsPerMember}:{gaps.MinAttachedMembers}", gaps.Under, query, c.CancellationToken);
                return Graph.Connection.From(result);
            });
}
