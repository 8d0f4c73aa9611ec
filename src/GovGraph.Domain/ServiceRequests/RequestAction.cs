namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// Something done to a case, for <see cref="RequestWorkflow.Apply"/>. Every time and handler an action needs is
/// given by the caller (from the category's time limits and the escalation chain), so the workflow itself computes
/// no calendar and reads no graph. Each action names the statuses it may be taken from.
/// </summary>
public abstract record RequestAction
{
    private protected RequestAction()
    {
    }

    /// <summary>The statuses this action may be taken from; from any other it is an illegal transition.</summary>
    public abstract IReadOnlyList<RequestStatus> AllowedFrom { get; }

    /// <summary>The handler signs for the case (签收).</summary>
    public sealed record Accept : RequestAction
    {
        /// <inheritdoc/>
        public override IReadOnlyList<RequestStatus> AllowedFrom => [RequestStatus.Dispatched];
    }

    /// <summary>
    /// The handler sends the case back (退单): it is dispatched again to <paramref name="NextAssignee"/>, the level
    /// above, with new limits. Allowed before the work starts.
    /// </summary>
    public sealed record SendBack(string Reason, string NextAssignee, DateTimeOffset AcceptBy, DateTimeOffset DueAt) : RequestAction
    {
        /// <inheritdoc/>
        public override IReadOnlyList<RequestStatus> AllowedFrom => [RequestStatus.Dispatched, RequestStatus.Accepted];
    }

    /// <summary>The handler starts work (办理中).</summary>
    public sealed record Start : RequestAction
    {
        /// <inheritdoc/>
        public override IReadOnlyList<RequestStatus> AllowedFrom => [RequestStatus.Accepted];
    }

    /// <summary>
    /// The level above grants more time (延期) until <paramref name="Until"/>, later than the current due time; the
    /// caller checks that whoever grants it may. At most <see cref="RequestTimeLimits.MaxExtensions"/>.
    /// </summary>
    public sealed record RequestExtension(DateTimeOffset Until, string Reason) : RequestAction
    {
        /// <inheritdoc/>
        public override IReadOnlyList<RequestStatus> AllowedFrom => [RequestStatus.Accepted, RequestStatus.InProgress];
    }

    /// <summary>The handler resolves the case (已办结), saying what was done.</summary>
    public sealed record Resolve(string Note) : RequestAction
    {
        /// <inheritdoc/>
        public override IReadOnlyList<RequestStatus> AllowedFrom => [RequestStatus.Accepted, RequestStatus.InProgress];
    }

    /// <summary>
    /// The resident rates the resolution (回访). An unsatisfied rating reopens the case (重办) with the new due time
    /// <paramref name="ReopenDueAt"/>, which it then requires.
    /// </summary>
    public sealed record Rate(RequestRating Rating, DateTimeOffset? ReopenDueAt = null) : RequestAction
    {
        /// <inheritdoc/>
        public override IReadOnlyList<RequestStatus> AllowedFrom => [RequestStatus.Resolved];
    }

    /// <summary>
    /// The organisation closes the case (销号): once rated, or once resolved for
    /// <see cref="RequestTimeLimits.CloseWithoutRatingAfterDays"/> without a rating.
    /// </summary>
    public sealed record Close : RequestAction
    {
        /// <inheritdoc/>
        public override IReadOnlyList<RequestStatus> AllowedFrom => [RequestStatus.Resolved, RequestStatus.Rated];
    }

    /// <summary>
    /// One overdue tick, normally from the background service: records the next step of 催办 → 督办 → 提级 (see
    /// <see cref="RequestWorkflow.NextOverdueStep"/>). Only the escalation uses <paramref name="NextAssignee"/> and the
    /// new limits; when nobody is above (the city holds the case), pass null and the tick records a supervision.
    /// </summary>
    public sealed record Escalate(string? NextAssignee = null, DateTimeOffset? AcceptBy = null, DateTimeOffset? DueAt = null) : RequestAction
    {
        /// <inheritdoc/>
        public override IReadOnlyList<RequestStatus> AllowedFrom =>
            [RequestStatus.Dispatched, RequestStatus.Accepted, RequestStatus.InProgress];
    }
}
