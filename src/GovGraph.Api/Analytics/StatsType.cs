using GovGraph.Api.Analytics.Caching;
using GovGraph.Api.Graph;
using GovGraph.Storage;
using GovGraph.Storage.Analytics;
using GovGraph.Domain.Model;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Analytics;

/// <summary>
/// The figures of the Ningguo article, each counted from the graph when asked for (one store call per
/// requested figure, then cached until a change), never a stored constant.
/// </summary>
public sealed class StatsType : ObjectGraphType<object>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "Headline figures of the organisation, each counted from the graph when asked for, within the caller's scope (a caller scoped to a township gets its figures).";
        Count("townshipUnits", "Township-level units (乡镇、街道): towns, townships and streets.", Figures.TownshipUnits);
        Count("electedTownships", "Towns and townships that hold elections (the article's 13 乡镇); streets do not.", Figures.ElectedTownships);
        Count("villages", "Villages (村).", Figures.Villages);
        Count("instructors", "Village party-building instructors (村党建指导员): people who instruct at least one village.", Figures.Instructors);
        Count("pairedAgencies", "Organs, enterprises and institutions paired with a village (结对).", Figures.PairedAgencies);
        Count("townshipLeaders", "Township leadership members (乡镇领导班子成员).", Figures.TownshipLeaders);
        Count("townshipLeadersWithDegree", "Township leadership members with a university degree or higher (大学本科及以上).", Figures.TownshipLeadersWithDegree);
        Count("townshipLeadersPostgraduate", "Township leadership members with postgraduate education (研究生).", Figures.TownshipLeadersPostgraduate);
        Count("villageCadres", "Village two-committee cadres (村两委干部).", Figures.VillageCadres);
        Count("localTalents", "Local talents: skills, agriculture and culture (四带乡土人才).", Figures.LocalTalents);
        Count("newVillageVenues", "Village activity venues built or enlarged since 2021 (新建改扩建村级活动场所).", Figures.NewVillageVenues);
        Field<NonNullGraphType<FloatGraphType>>("newVillageVenueInvestmentYuan")
            .Description("Total investment in the village activity venues built or enlarged since 2021, in yuan.")
            .ResolveAsync(async c => (object?)await Cache(c).SumAsync(
                Store(c), "newVillageVenueInvestmentYuan", Figures.NewVillageVenues, Props.InvestmentYuan, c.CancellationToken));
        Count("partyGroupVenues", "Party groups with a standardised party-group home (标准化党小组之家).", Figures.PartyGroupVenues);
        Count("secretaryCivilServicePosts", "Village party secretaries given a township civil-service post since 2017 (专项考录).", Figures.SecretaryCivilServicePosts);
        Count("secretariesPromoted", "Village party secretaries promoted into township leadership (进入乡镇领导班子).", Figures.SecretariesPromoted);
        Count("cadresRecruitedByTownshipInstitutions", "Village cadres recruited by township public institutions (乡镇事业单位).", Figures.CadresRecruitedByTownshipInstitutions);
        Count("partnerUniversities", "Universities cooperating with the city (校地合作高校).", Figures.PartnerUniversities);
        Count("households", "Households (农户).", Figures.Households);
        Count("partyMembers", "Party members (党员).", Figures.PartyMembers);
    }

    private void Count(string name, string description, NodeCriteria criteria) =>
        Field<NonNullGraphType<IntGraphType>>(name)
            .Description(description)
            .ResolveAsync(async c => (object?)checked((int)await Cache(c).CountAsync(Store(c), name, criteria, c.CancellationToken)));

    private static IGraphStore Store(IResolveFieldContext context) => NodeFields.Loaders(context).Store;

    private static AnalyticsCache Cache(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AnalyticsCache>();
}
