namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// The figures a unit is judged on (DOMAIN.md: response, resolution, satisfaction), for the cases raised in a
/// window, as seen at an instant <c>now</c>. Built by <see cref="Compute"/>; <c>serviceStats</c> computes one per
/// subtree and one per child for <c>byChild</c>.
/// </summary>
/// <remarks>
/// The window holds the cases whose <see cref="CaseSummary.CreatedAt"/> is in [from, to): from included, to
/// excluded, so adjacent windows split cases without counting one twice. Every figure, overdue counts included,
/// is over those cases only. A rate judges only the cases whose outcome is already decided at <c>now</c>: a case
/// still within its limit has neither met nor missed it yet, and counting it as missed would punish fresh cases.
/// Deadlines are met up to and including their instant (<see cref="Deadlines"/>).
/// </remarks>
/// <param name="From">The window's start (included).</param>
/// <param name="To">The window's end (excluded).</param>
/// <param name="Now">The instant the figures describe.</param>
/// <param name="Cases">The cases raised in the window.</param>
/// <param name="Response">
/// Response rate: of the window's cases that were signed for or are past their <see cref="CaseSummary.AcceptBy"/>
/// at <c>now</c>, those signed for (<see cref="CaseSummary.AcceptedAt"/>) by their <c>AcceptBy</c>.
/// </param>
/// <param name="Resolution">
/// Resolution rate: of the window's cases that are resolved or past their <see cref="CaseSummary.DueAt"/> at
/// <c>now</c> (the cases due), those resolved (<see cref="CaseSummary.ResolvedAt"/>) by their <c>DueAt</c>: the due
/// time the resident was given, so a case that climbed by escalation and was then resolved by its new handler's
/// fresh limit still counts as a miss.
/// </param>
/// <param name="Satisfaction">
/// Satisfaction rate: of the window's cases with a rating, those rated satisfied or basically satisfied.
/// </param>
/// <param name="MedianTimeToAccept">The median of AcceptedAt − CreatedAt over the signed-for cases; null when none.</param>
/// <param name="MedianTimeToFirstResponse">The median of FirstResponseAt − CreatedAt over the cases with a first response; null when none.</param>
/// <param name="MedianTimeToResolve">The median of ResolvedAt − CreatedAt over the resolved cases; null when none.</param>
/// <param name="OverdueForAcceptance">
/// Cases dispatched at <c>now</c> and past the acceptance limit of their current dispatch
/// (<see cref="CaseSummary.HeldToAcceptBy"/>).
/// </param>
/// <param name="OverdueForResolution">
/// Cases accepted or in progress at <c>now</c> and past the due time of their current handler
/// (<see cref="CaseSummary.HeldToDueAt"/>).
/// </param>
/// <param name="Overdue">
/// Cases overdue at <c>now</c> by the workflow's rule (<see cref="Deadlines.IsOverdue"/>, the one
/// <see cref="RequestWorkflow.IsOverdue"/> applies): a case is held to one deadline at a time, so this is the sum
/// of the two counts above. A dispatched case past its DueAt counts for acceptance only.
/// </param>
public sealed record ServiceFigures(
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset Now,
    int Cases,
    Rate Response,
    Rate Resolution,
    Rate Satisfaction,
    TimeSpan? MedianTimeToAccept,
    TimeSpan? MedianTimeToFirstResponse,
    TimeSpan? MedianTimeToResolve,
    int OverdueForAcceptance,
    int OverdueForResolution,
    int Overdue)
{
    /// <summary>The figures of the cases raised in [<paramref name="from"/>, <paramref name="to"/>), seen at <paramref name="now"/>.</summary>
    /// <remarks>A median of an even number of durations is the mean of the middle two.</remarks>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static ServiceFigures Compute(IEnumerable<CaseSummary> cases, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (to < from)
        {
            throw new ArgumentException($"The window ends ({to:O}) before it starts ({from:O}).", nameof(to));
        }

        var inWindow = cases.Where(c => c.CreatedAt >= from && c.CreatedAt < to).ToList();

        var responseJudged = inWindow.Where(c => c.AcceptedAt is not null || now > c.AcceptBy).ToList();
        var resolutionJudged = inWindow.Where(c => c.ResolvedAt is not null || now > c.DueAt).ToList();
        var rated = inWindow.Where(c => c.Rating is not null).ToList();

        bool OverdueForAcceptance(CaseSummary c) => Deadlines.IsAcceptanceOverdue(c.Status, c.HeldToAcceptBy, now);
        bool OverdueForResolution(CaseSummary c) => Deadlines.IsResolutionOverdue(c.Status, c.HeldToDueAt, now);

        return new ServiceFigures(
            from,
            to,
            now,
            inWindow.Count,
            new Rate(responseJudged.Count(c => c.AcceptedAt <= c.AcceptBy), responseJudged.Count),
            new Rate(resolutionJudged.Count(c => c.ResolvedAt <= c.DueAt), resolutionJudged.Count),
            new Rate(rated.Count(c => c.Rating is RequestRating.Satisfied or RequestRating.BasicallySatisfied), rated.Count),
            Median(inWindow.Where(c => c.AcceptedAt is not null).Select(c => c.AcceptedAt!.Value - c.CreatedAt)),
            Median(inWindow.Where(c => c.FirstResponseAt is not null).Select(c => c.FirstResponseAt!.Value - c.CreatedAt)),
            Median(inWindow.Where(c => c.ResolvedAt is not null).Select(c => c.ResolvedAt!.Value - c.CreatedAt)),
            inWindow.Count(OverdueForAcceptance),
            inWindow.Count(OverdueForResolution),
            inWindow.Count(c => Deadlines.IsOverdue(c.Status, c.HeldToAcceptBy, c.HeldToDueAt, now)));
    }

    private static TimeSpan? Median(IEnumerable<TimeSpan> durations)
    {
        var sorted = durations.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1
            ? sorted[middle]
            : TimeSpan.FromTicks((sorted[middle - 1].Ticks + sorted[middle].Ticks) / 2);
    }
}
