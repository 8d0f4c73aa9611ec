using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Domain.Tests.ServiceRequests;

/// <summary>
/// A small set of cases whose service figures were worked out by hand (issue 7: "serviceStats matches a
/// hand-computed set of cases"). Kept in one place so the API's serviceStats test can seed the same cases and
/// assert the same figures: link this file into the API test project or reference it from there.
/// </summary>
/// <remarks>
/// <para>
/// All times are China Standard Time, November 2026 (the 2nd is a Monday; the 7th–8th and 14th–15th are
/// weekends). The window is [Mon 2 Nov 00:00, Mon 16 Nov 00:00) seen at <see cref="Now"/>, Fri 13 Nov 10:00.
/// Every AcceptBy and DueAt is the default limits' answer (30 minutes; enquiries 3 working days, others 10).
/// </para>
/// <para>
/// Cases A–F are under party group <see cref="GroupOne"/>, G–M under <see cref="GroupTwo"/>; case I was raised
/// before the window and must not count (it would add one to both overdue counts).
/// </para>
/// <code>
/// case cat. raised      acceptBy    accepted    due          resolved    rating  status     response  resolution
/// A    Enq  Mon2 00:00  Mon2 00:30  Mon2 00:10  Thu5  00:00  Wed4 15:00  S       Closed     met       met
/// B    Help Mon2 14:00  Mon2 14:30  Mon2 14:50  Mon16 14:00  Tue10 10:00 BS      Rated      missed    met
/// C    Cmp  Tue3 20:00  Tue3 20:30  Tue3 20:05  Tue17 20:00  (reopened)  U       InProgress met       not yet due
/// D    Enq  Fri6 18:00  Fri6 18:30  Sat7 09:00  Wed11 18:00  Thu12 10:00 -       Resolved   missed    missed
/// E    Dsp  Sat7 10:00  Sat7 10:30  Sat7 10:20  Mon23 00:00  -           -       InProgress met       not yet due
/// F    Enq  Sun8 21:00  Sun8 21:30  Mon9 08:30  Thu12 00:00  -           -       InProgress missed    missed (overdue)
/// G    Help Wed11 09:00 Wed11 09:30 -           Wed25 09:00  -           -       Dispatched missed (overdue) not yet due
/// H    Oth  Fri13 09:45 Fri13 10:15 -           Fri27 09:45  -           -       Dispatched not yet   not yet due
/// K    Cmp  Tue10 11:00 Tue10 11:30 Tue10 11:00 Tue24 11:00  Tue10 17:00 S       Closed     met       met
/// L    Enq  Thu5 10:00  Thu5 10:30  Thu5 10:30  Tue10 10:00  Tue10 10:00 -       Resolved   met (=)   met (=)
/// M    Enq  Mon9 09:00  Mon9 09:30  -           Thu12 09:00  -           -       Dispatched missed (overdue) missed
/// </code>
/// <para>
/// Response 5/10 (H not judged yet), resolution 4/7 (C, E, G, H not yet due), satisfaction 3/4 (A, B, K of
/// A, B, C, K). Times to accept: 0, 5m, 10m, 20m, 30m, 50m, 11h30m, 15h, median 25m. To first response: 20m,
/// 40m, 1h, 1h, 1h, 1h30m, 12h, 16h, median 1h. To resolve: 6h, 2d15h, 5d, 5d16h, 7d20h, median 5d. Overdue
/// at Now: for acceptance G, M; for resolution F; either F, G, M.
/// </para>
/// <para>
/// Overdue follows the workflow (<see cref="RequestWorkflow.IsOverdue"/>): a dispatched case is held to its
/// acceptance limit only, so M, still dispatched past its due time, is overdue for acceptance and not for
/// resolution (it counted for both before the figures and the escalation were reconciled), while the resolution
/// rate still judges it a miss: it was due and is not resolved.
/// </para>
/// </remarks>
public static class HandComputedCases
{
    /// <summary>The party group of cases A–F.</summary>
    public const string GroupOne = "group:shanmen-1";

    /// <summary>The party group of cases G–M.</summary>
    public const string GroupTwo = "group:shanmen-2";

    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    /// <summary>The window's start, included.</summary>
    public static readonly DateTimeOffset From = At(2, 0, 0);

    /// <summary>The window's end, excluded.</summary>
    public static readonly DateTimeOffset To = At(16, 0, 0);

    /// <summary>The instant the figures are computed at.</summary>
    public static readonly DateTimeOffset Now = At(13, 10, 0);

    /// <summary>Every case, the one raised before the window (I) included.</summary>
    public static readonly IReadOnlyList<CaseSummary> Cases =
    [
        new("request:a", RequestCategory.Enquiry, RequestStatus.Closed, At(2, 0, 0), At(2, 0, 30), At(5, 0, 0),
            AcceptedAt: At(2, 0, 10), FirstResponseAt: At(2, 0, 40), ResolvedAt: At(4, 15, 0), ClosedAt: At(4, 18, 0),
            Rating: RequestRating.Satisfied),
        new("request:b", RequestCategory.Help, RequestStatus.Rated, At(2, 14, 0), At(2, 14, 30), At(16, 14, 0),
            AcceptedAt: At(2, 14, 50), FirstResponseAt: At(2, 15, 30), ResolvedAt: At(10, 10, 0),
            Rating: RequestRating.BasicallySatisfied),
        // Resolved on 12 Nov 16:00, rated unsatisfied at 18:00 and reopened: unresolved again.
        new("request:c", RequestCategory.Complaint, RequestStatus.InProgress, At(3, 20, 0), At(3, 20, 30), At(17, 20, 0),
            AcceptedAt: At(3, 20, 5), FirstResponseAt: At(3, 21, 0), Rating: RequestRating.Unsatisfied),
        new("request:d", RequestCategory.Enquiry, RequestStatus.Resolved, At(6, 18, 0), At(6, 18, 30), At(11, 18, 0),
            AcceptedAt: At(7, 9, 0), FirstResponseAt: At(7, 10, 0), ResolvedAt: At(12, 10, 0)),
        new("request:e", RequestCategory.Dispute, RequestStatus.InProgress, At(7, 10, 0), At(7, 10, 30), At(23, 0, 0),
            AcceptedAt: At(7, 10, 20), FirstResponseAt: At(7, 11, 0)),
        new("request:f", RequestCategory.Enquiry, RequestStatus.InProgress, At(8, 21, 0), At(8, 21, 30), At(12, 0, 0),
            AcceptedAt: At(9, 8, 30), FirstResponseAt: At(9, 9, 0)),
        new("request:g", RequestCategory.Help, RequestStatus.Dispatched, At(11, 9, 0), At(11, 9, 30), At(25, 9, 0)),
        new("request:h", RequestCategory.Other, RequestStatus.Dispatched, At(13, 9, 45), At(13, 10, 15), At(27, 9, 45)),
        new("request:i", RequestCategory.Enquiry, RequestStatus.Dispatched,
            new DateTimeOffset(2026, 10, 30, 10, 0, 0, Cst), new DateTimeOffset(2026, 10, 30, 10, 30, 0, Cst), At(4, 10, 0)),
        new("request:k", RequestCategory.Complaint, RequestStatus.Closed, At(10, 11, 0), At(10, 11, 30), At(24, 11, 0),
            AcceptedAt: At(10, 11, 0), FirstResponseAt: At(10, 11, 20), ResolvedAt: At(10, 17, 0), ClosedAt: At(11, 9, 0),
            Rating: RequestRating.Satisfied),
        new("request:l", RequestCategory.Enquiry, RequestStatus.Resolved, At(5, 10, 0), At(5, 10, 30), At(10, 10, 0),
            AcceptedAt: At(5, 10, 30), FirstResponseAt: At(5, 11, 0), ResolvedAt: At(10, 10, 0)),
        new("request:m", RequestCategory.Enquiry, RequestStatus.Dispatched, At(9, 9, 0), At(9, 9, 30), At(12, 9, 0)),
    ];

    /// <summary>The party group each case's household belongs to (for byChild).</summary>
    public static readonly IReadOnlyDictionary<string, string> GroupOf = new Dictionary<string, string>
    {
        ["request:a"] = GroupOne,
        ["request:b"] = GroupOne,
        ["request:c"] = GroupOne,
        ["request:d"] = GroupOne,
        ["request:e"] = GroupOne,
        ["request:f"] = GroupOne,
        ["request:i"] = GroupOne,
        ["request:g"] = GroupTwo,
        ["request:h"] = GroupTwo,
        ["request:k"] = GroupTwo,
        ["request:l"] = GroupTwo,
        ["request:m"] = GroupTwo,
    };

    /// <summary>The figures of all the cases.</summary>
    public static readonly ServiceFigures Expected = new(
        From, To, Now,
        Cases: 11,
        Response: new Rate(5, 10),
        Resolution: new Rate(4, 7),
        Satisfaction: new Rate(3, 4),
        MedianTimeToAccept: TimeSpan.FromMinutes(25),
        MedianTimeToFirstResponse: TimeSpan.FromHours(1),
        MedianTimeToResolve: TimeSpan.FromDays(5),
        OverdueForAcceptance: 2,
        OverdueForResolution: 1,
        Overdue: 3);

    /// <summary>
    /// The figures per party group. Group one: accept 5m, 10m, 20m, 50m, 11h30m, 15h (median 35m); first response
    /// 40m, 1h, 1h, 1h30m, 12h, 16h (median 1h15m); resolve 2d15h, 5d16h, 7d20h (median 5d16h). Group two: accept
    /// 0, 30m (15m); first response 20m, 1h (40m); resolve 6h, 5d (2d15h).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, ServiceFigures> ExpectedByGroup = new Dictionary<string, ServiceFigures>
    {
        [GroupOne] = new(
            From, To, Now,
            Cases: 6,
            Response: new Rate(3, 6),
            Resolution: new Rate(2, 4),
            Satisfaction: new Rate(2, 3),
            MedianTimeToAccept: TimeSpan.FromMinutes(35),
            MedianTimeToFirstResponse: TimeSpan.FromMinutes(75),
            MedianTimeToResolve: new TimeSpan(5, 16, 0, 0),
            OverdueForAcceptance: 0,
            OverdueForResolution: 1,
            Overdue: 1),
        [GroupTwo] = new(
            From, To, Now,
            Cases: 5,
            Response: new Rate(2, 4),
            Resolution: new Rate(2, 3),
            Satisfaction: new Rate(1, 1),
            MedianTimeToAccept: TimeSpan.FromMinutes(15),
            MedianTimeToFirstResponse: TimeSpan.FromMinutes(40),
            MedianTimeToResolve: new TimeSpan(2, 15, 0, 0),
            OverdueForAcceptance: 2,
            OverdueForResolution: 0,
            Overdue: 2),
    };

    private static DateTimeOffset At(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, Cst);
}
