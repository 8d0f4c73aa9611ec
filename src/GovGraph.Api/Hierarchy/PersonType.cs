using GovGraph.Api.Graph;
using GovGraph.Domain.Model;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Hierarchy;

public sealed class PersonType : ObjectGraphType<GraphNode>
{
    public PersonType(IOptions<GraphQLOptions> options)
    {
        this.NodeBasics(Labels.Person, "Person", "A person: a city or township leader, cadre, instructor, party member or local talent. What they do is in their relationships.");
        this.Text(Props.Name, "The person's name.", required: true);
        this.Text(Props.Gender, "`MALE` or `FEMALE`, where recorded.");
        this.Number(Props.BirthYear, "Year of birth, where recorded.");
        this.Enum<EducationEnum>(Props.Education, "Highest education completed, where recorded (学历).");
        this.Flag(Props.PartyMember, "True for Communist Party members (党员).");
        this.Number(Props.CivilServicePostYear, "For village party secretaries given a township civil-service post (村书记考录公务员): the year.");
        this.Flag(Props.PromotedFromVillageSecretary, "True for a township leader promoted from village party secretary.");
        this.Flag(Props.RecruitedByTownshipInstitution, "True for a village cadre recruited by a township public institution (乡镇事业单位).");
        this.Single<TownshipType>("contactedTownship", "For a city leader: the one township-level unit they contact (包乡).", RelTypes.Contacts, Direction.Out);
        this.Single<TownshipType>("ledTownship", "For a township leadership member: the unit they lead in.", RelTypes.Leads, Direction.Out);
        this.Single<PartyGroupType>("partyGroup", "For a party member: the party group they belong to.", RelTypes.MemberOf, Direction.Out);
        this.Single<CentralHouseholdType>("centralHousehold", "For a party member: the central household they are attached to.", RelTypes.AttachedTo, Direction.Out);
        this.Single<CentralHouseholdType>("hostedCentralHousehold", "For a party member: the central household that is their own household.", RelTypes.Hosts, Direction.Out);
        this.Connection<HouseholdType>(options, "linkedHouseholds", "Households this member links (联户), usually 10–20.", RelTypes.Links, Direction.Out);
        this.Connection<VillageType>(options, "instructedVillages", "Villages this person instructs in party building (村党建指导员).", RelTypes.Instructs, Direction.Out);
        this.Connection<VillageType>(options, "servedVillages", "Villages whose two committees this person serves on (村两委).", RelTypes.ServesOn, Direction.Out);
        this.Connection<VillageType>(options, "stationedVillages", "Villages this cadre is dispatched to (选派帮扶).", RelTypes.StationedIn, Direction.Out);
        this.Connection<VillageType>(options, "talentOfVillages", "Villages this person is a local talent of (乡土人才).", RelTypes.TalentOf, Direction.Out);
        this.Connection<VillageBodyType>(options, "headedBodies", "Village bodies this person heads (交叉任职).", RelTypes.Heads, Direction.Out);
    }
}
