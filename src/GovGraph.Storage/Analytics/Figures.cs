using GovGraph.Domain.Model;

namespace GovGraph.Storage.Analytics;

/// <summary>
/// The figures of DOMAIN.md's table as criteria over the graph, so every backend counts them the same way and
/// none is ever a stored constant.
/// </summary>
public static class Figures
{
    private static NodeCriteria PersonsWith(string type) => new()
    {
        Labels = [Labels.Person],
        Relationships = [new RelationshipFilter(type, Direction.Out)],
    };

    public static readonly NodeCriteria TownshipUnits = NodeCriteria.OfLabel(Labels.Township);

    /// <summary>Towns and townships hold elections; streets have no elected government.</summary>
    public static readonly NodeCriteria ElectedTownships = NodeCriteria.OfLabel(Labels.Township) with
    {
        Properties = [new PropertyFilter(Props.DivisionType, FilterOp.In, new[] { "TOWN", "TOWNSHIP" })],
    };

    public static readonly NodeCriteria Villages = NodeCriteria.OfLabel(Labels.Village);

    public static readonly NodeCriteria Instructors = PersonsWith(RelTypes.Instructs);

    public static readonly NodeCriteria PairedAgencies = new()
    {
        Labels = [Labels.Agency],
        Relationships = [new RelationshipFilter(RelTypes.PairedWith, Direction.Out)],
    };

    public static readonly NodeCriteria TownshipLeaders = PersonsWith(RelTypes.Leads);

    public static readonly NodeCriteria TownshipLeadersWithDegree = PersonsWith(RelTypes.Leads) with
    {
        Properties = [new PropertyFilter(Props.Education, FilterOp.In, new[] { "BACHELOR", "POSTGRADUATE" })],
    };

    public static readonly NodeCriteria TownshipLeadersPostgraduate = PersonsWith(RelTypes.Leads) with
    {
        Properties = [new PropertyFilter(Props.Education, FilterOp.Equals, "POSTGRADUATE")],
    };

    public static readonly NodeCriteria VillageCadres = PersonsWith(RelTypes.ServesOn);

    public static readonly NodeCriteria LocalTalents = PersonsWith(RelTypes.TalentOf);

    /// <summary>Village activity venues built or enlarged since 2021.</summary>
    public static readonly NodeCriteria NewVillageVenues = NodeCriteria.OfLabel(Labels.Venue) with
    {
        Properties =
        [
            new PropertyFilter(Props.Kind, FilterOp.Equals, "VILLAGE_CENTRE"),
            new PropertyFilter(Props.BuiltYear, FilterOp.GreaterOrEqual, 2021L),
        ],
    };

    public static readonly NodeCriteria PartyGroupVenues = NodeCriteria.OfLabel(Labels.PartyGroup) with
    {
        Properties = [new PropertyFilter(Props.HasVenue, FilterOp.Equals, true)],
    };

    /// <summary>Village party secretaries given a civil-service post since 2017.</summary>
    public static readonly NodeCriteria SecretaryCivilServicePosts = PersonsWith(RelTypes.ServesOn) with
    {
        Properties = [new PropertyFilter(Props.CivilServicePostYear, FilterOp.GreaterOrEqual, 2017L)],
    };

    public static readonly NodeCriteria SecretariesPromoted = PersonsWith(RelTypes.Leads) with
    {
        Properties = [new PropertyFilter(Props.PromotedFromVillageSecretary, FilterOp.Equals, true)],
    };

    public static readonly NodeCriteria CadresRecruitedByTownshipInstitutions = PersonsWith(RelTypes.ServesOn) with
    {
        Properties = [new PropertyFilter(Props.RecruitedByTownshipInstitution, FilterOp.Equals, true)],
    };

    public static readonly NodeCriteria PartnerUniversities = new()
    {
        Labels = [Labels.University],
        Relationships = [new RelationshipFilter(RelTypes.CooperatesWith, Direction.Out)],
    };

    public static readonly NodeCriteria Households = NodeCriteria.OfLabel(Labels.Household);

    public static readonly NodeCriteria PartyMembers = NodeCriteria.OfLabel(Labels.Person) with
    {
        Properties = [new PropertyFilter(Props.PartyMember, FilterOp.Equals, true)],
    };
}
