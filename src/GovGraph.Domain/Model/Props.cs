namespace GovGraph.Domain.Model;

/// <summary>Property names used by the model and the shipped dataset.</summary>
public static class Props
{
    public const string Name = "name";
    public const string HeadName = "headName";
    public const string Phone = "phone";
    public const string Size = "size";
    public const string Address = "address";
    public const string Code = "code";
    public const string DivisionType = "divisionType";
    public const string BranchType = "branchType";
    public const string KeyVillage = "keyVillage";
    public const string HasVenue = "hasVenue";
    public const string TalkPoint = "talkPoint";
    public const string Gender = "gender";
    public const string BirthYear = "birthYear";
    public const string Education = "education";
    public const string PartyMember = "partyMember";
    public const string Category = "category";
    public const string Kind = "kind";
    public const string BuiltYear = "builtYear";
    public const string InvestmentYuan = "investmentYuan";

    /// <summary>True on nodes whose name or figures are invented by the generator, not reported.</summary>
    public const string Synthetic = "synthetic";

    /// <summary>Year a village party secretary was given a township civil-service post (since 2017: 12).</summary>
    public const string CivilServicePostYear = "civilServicePostYear";

    /// <summary>True on a township leader who was promoted from village party secretary.</summary>
    public const string PromotedFromVillageSecretary = "promotedFromVillageSecretary";

    /// <summary>True on a village cadre recruited by a township institution (事业单位).</summary>
    public const string RecruitedByTownshipInstitution = "recruitedByTownshipInstitution";

    // Cloud-platform cases (ServiceRequest, RequestEvent); `category` is shared with Agency.
    public const string Description = "description";
    public const string Channel = "channel";
    public const string CreatedAt = "createdAt";
    public const string AcceptBy = "acceptBy";
    public const string DueAt = "dueAt";
    public const string Status = "status";
    public const string Rating = "rating";
    public const string ResolutionNote = "resolutionNote";
    public const string ClosedAt = "closedAt";
    public const string ResolvedAt = "resolvedAt";
    public const string Extensions = "extensions";
    public const string OverdueSteps = "overdueSteps";
    public const string LastUrgedAt = "lastUrgedAt";
    public const string FirstAcceptBy = "firstAcceptBy";
    public const string PromisedDueAt = "promisedDueAt";
    public const string Deadline = "deadline";
    public const string AcceptedAt = "acceptedAt";
    public const string StartedAt = "startedAt";
    public const string Type = "type";
    public const string At = "at";
    public const string Actor = "actor";
    public const string Note = "note";
    public const string FromAssignee = "fromAssignee";
    public const string ToAssignee = "toAssignee";

    // Relationship properties.
    public const string Since = "since";
    public const string Until = "until";
    public const string Title = "title";
    public const string Committee = "committee";
    public const string Batch = "batch";
    public const string Areas = "areas";
}
