using GovGraph.Domain.Model;
using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Domain.Rules;

/// <summary>
/// The properties a change may set on each label (MODEL.md, plus the figures the dataset records on people).
/// Markers the dataset sets itself (<c>synthetic</c>) are not writable; properties a change does not name are
/// kept as they are.
/// </summary>
public static class NodeProperties
{
    private static readonly Dictionary<string, IReadOnlyList<PropertySpec>> ByLabel = new(StringComparer.Ordinal)
    {
        [Labels.City] = [Name("The committee's name, e.g. 宁国市委.")],
        [Labels.Township] =
        [
            Name("The unit's name, e.g. 港口镇."),
            Choice(Props.DivisionType, "Street, town or township (街道 / 镇 / 乡).", required: true, "STREET", "TOWN", "TOWNSHIP"),
            Text(Props.Code, "The administrative division code, where known."),
        ],
        [Labels.Village] =
        [
            Name("The village's name, e.g. 山门村."),
            Text(Props.Code, "The administrative village code, where known."),
            Choice(Props.BranchType, "The form of the village's party organisation (支部 / 总支 / 党委).", required: true, "BRANCH", "GENERAL_BRANCH", "COMMITTEE"),
            Flag(Props.KeyVillage, "True for key villages that receive dispatched cadres (重点村).", defaultValue: false),
        ],
        [Labels.PartyGroup] =
        [
            Name("The group's name, e.g. 第一党小组."),
            Flag(Props.HasVenue, "True when the group has a standardised party-group home (党小组之家).", defaultValue: false),
            Flag(Props.TalkPoint, "True when the group runs a talk point (百姓说事点).", defaultValue: false),
        ],
        [Labels.CentralHousehold] = [Name("The central household's name.")],
        [Labels.Household] =
        [
            new PropertySpec(Props.HeadName, PropertyKind.Text, "The head of household's name (personal data).") { Required = true },
            Text(Props.Phone, "A contact phone number (personal data)."),
            new PropertySpec(Props.Size, PropertyKind.Integer, "How many people live in the household (1–100).") { Required = true, Min = 1, Max = 100 },
            Text(Props.Address, "The household's address (personal data)."),
        ],
        [Labels.Person] =
        [
            Name("The person's name."),
            Choice(Props.Gender, "`MALE` or `FEMALE`, where recorded.", required: false, "MALE", "FEMALE"),
            Year(Props.BirthYear, "Year of birth, where recorded."),
            Choice(Props.Education, "Highest education completed, where recorded (学历).", required: false, "BELOW_BACHELOR", "BACHELOR", "POSTGRADUATE"),
            Flag(Props.PartyMember, "True for Communist Party members (党员).", defaultValue: false),
            Year(Props.CivilServicePostYear, "For a village party secretary given a township civil-service post (村书记考录公务员): the year."),
            Flag(Props.PromotedFromVillageSecretary, "True for a township leader promoted from village party secretary."),
            Flag(Props.RecruitedByTownshipInstitution, "True for a village cadre recruited by a township public institution (乡镇事业单位)."),
        ],
        [Labels.Agency] =
        [
            Name("The agency's name."),
            Choice(Props.Category, "Organ, enterprise or institution.", required: true, "ORGAN", "ENTERPRISE", "INSTITUTION"),
        ],
        [Labels.University] = [Name("The university's name.")],
        [Labels.VillageBody] =
        [
            Name("The body's name, e.g. 山门村村民委员会."),
            Choice(Props.Kind, "Which body it is.", required: true,
                "VILLAGERS_ASSEMBLY", "VILLAGERS_COMMITTEE", "CONSULTATION_COMMITTEE", "SUPERVISION_COMMITTEE", "COLLECTIVE_ECONOMY"),
        ],
        [Labels.Venue] =
        [
            Name("The venue's name."),
            Choice(Props.Kind, "Village centre or party-group home.", required: true, "VILLAGE_CENTRE", "PARTY_GROUP_HOME"),
            Year(Props.BuiltYear, "The year it was built or enlarged, where recorded."),
            new PropertySpec(Props.InvestmentYuan, PropertyKind.Number, "The investment in it, in yuan (元), where recorded.") { Min = 0 },
        ],
        [Labels.ServiceRequest] =
        [
            Choice(Props.Category, "What the case is about; its time limits follow from it.", required: true, RequestValueNames.All<RequestCategory>()),
            new PropertySpec(Props.Description, PropertyKind.Text, "What the resident asks for, in their words (1–2000 characters).")
            {
                Required = true,
                MaxLength = MaxDescriptionLength,
            },
            Choice(Props.Channel, "How the resident raised it.", required: true, RequestValueNames.All<RequestChannel>()),
            Instant(Props.CreatedAt, "When it was raised.", required: true),
            Instant(Props.AcceptBy, "When the current handler must have signed for it (签收) before it is overdue.", required: true),
            Instant(Props.DueAt, "When it must be resolved before it is overdue (extensions and reopening move it).", required: true),
            Choice(Props.Status, "Where the case stands.", required: true, RequestValueNames.All<RequestStatus>()),
            Choice(Props.Rating, "The resident's follow-up rating (回访), once given.", required: false, RequestValueNames.All<RequestRating>()),
            Text(Props.ResolutionNote, "What the handler did, given when resolving it."),
            Instant(Props.ClosedAt, "When it was closed (销号).", required: false),

            // The workflow's bookkeeping (RequestState), stored so that a case's state is read from its node alone.
            Instant(Props.ResolvedAt, "When it was resolved, while it stands resolved, rated or closed.", required: false),
            new PropertySpec(Props.Extensions, PropertyKind.Integer, "How many extensions it has been granted.") { Required = true, Default = 0L, Min = 0, Max = 100 },
            new PropertySpec(Props.OverdueSteps, PropertyKind.Integer, "Reminders and supervisions recorded against the current deadline (0–2).")
            {
                Required = true,
                Default = 0L,
                Min = 0,
                Max = 2,
            },
            Instant(Props.LastUrgedAt, "When the last reminder or supervision was recorded.", required: false),

            // What the service figures judge a case on (CaseSummary), kept on the node so that statistics over
            // thousands of cases read nodes, not their event histories.
            Instant(Props.FirstAcceptBy, "The acceptance limit of its first dispatch: the resident waits from raising, whoever signs.", required: false),
            Instant(Props.Deadline, "The deadline it is held to now (acceptBy while dispatched, dueAt while accepted or in progress, none after), kept so that an overdue queue is one range read.", required: false),
            Instant(Props.PromisedDueAt, "The due time the resident was given: set when raised, moved by an extension or a reopening, not by a send-back or an escalation.", required: false),
            Instant(Props.AcceptedAt, "When a handler first signed for it (签收).", required: false),
            Instant(Props.StartedAt, "When a handler first started work on it (办理中, the first response).", required: false),
        ],
        [Labels.RequestEvent] =
        [
            Choice(Props.Type, "What happened.", required: true, RequestValueNames.All<RequestEventType>()),
            Instant(Props.At, "When it happened.", required: true),
            new PropertySpec(Props.Actor, PropertyKind.Text, "Who did it: a node id, a user name, or `system` for the escalation service.") { Required = true },
            Text(Props.Note, "The reason or note given (a send-back's reason, a resolution note…)."),
            Text(Props.FromAssignee, "The handler's id before, where the event moved the case."),
            Text(Props.ToAssignee, "The handler's id after (or the one reminded), where the event names one."),
        ],
    };

    /// <summary>Longest description of a case a resident may give.</summary>
    public const int MaxDescriptionLength = 2000;

    /// <summary>The writable properties of a label (empty for a label the model does not know).</summary>
    public static IReadOnlyList<PropertySpec> For(string label) => ByLabel.TryGetValue(label, out var specs) ? specs : [];

    private static PropertySpec Name(string description) =>
        new(Props.Name, PropertyKind.Text, description) { Required = true };

    private static PropertySpec Text(string name, string description) => new(name, PropertyKind.Text, description);

    private static PropertySpec Flag(string name, string description, bool? defaultValue = null) =>
        new(name, PropertyKind.Flag, description) { Required = defaultValue is not null, Default = defaultValue };

    private static PropertySpec Year(string name, string description) =>
        new(name, PropertyKind.Integer, description) { Min = 1900, Max = 2100 };

    private static PropertySpec Instant(string name, string description, bool required) =>
        new(name, PropertyKind.DateTime, description) { Required = required };

    private static PropertySpec Choice(string name, string description, bool required, params string[] choices) =>
        new(name, PropertyKind.Choice, description) { Required = required, Choices = choices };
}
