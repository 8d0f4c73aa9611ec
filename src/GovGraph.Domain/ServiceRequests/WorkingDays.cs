namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// Working-day arithmetic for the cloud platform's due times, on the clock of Ningguo: China Standard Time
/// (UTC+8, no daylight saving, so a fixed offset serves and no time-zone database is needed).
/// </summary>
/// <remarks>
/// <para>
/// The rule: the clock runs Monday 00:00 to Saturday 00:00 China Standard Time and stops over the weekend, and
/// <em>N working days after an instant</em> is the instant at which N × 24 hours of weekday time have run. So a
/// start on a weekday keeps its time of day and lands N weekdays later (Friday 18:00 + 1 → Monday 18:00), and a
/// start on a Saturday or Sunday counts from Monday 00:00 (Saturday 10:00 + 3 → Thursday 00:00, that is, the end
/// of Wednesday: three whole working days, as a case raised at Monday 00:00 gets).
/// </para>
/// <para>
/// Only Saturdays and Sundays are skipped. Public holidays and the make-up working weekends around them (调休) are
/// out of scope: there is no holiday calendar yet, so a due time may fall on a holiday.
/// </para>
/// </remarks>
public static class WorkingDays
{
    /// <summary>China Standard Time's offset from UTC.</summary>
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>Whether the instant falls on a Monday–Friday in China Standard Time.</summary>
    public static bool IsWorkingDay(DateTimeOffset instant) =>
        instant.ToOffset(ChinaStandardTime).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The instant <paramref name="days"/> working days after <paramref name="from"/> (see the type's remarks),
    /// in <paramref name="from"/>'s offset.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static DateTimeOffset Add(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);

        var local = from.ToOffset(ChinaStandardTime);
        // The weekend clock stands still: a weekend start counts from the Monday after.
        while (!IsWorkingDay(local))
        {
            local = new DateTimeOffset(local.Date.AddDays(1), ChinaStandardTime);
        }

        var remaining = days;
        while (remaining > 0)
        {
            local = local.AddDays(1);
            if (IsWorkingDay(local))
            {
                remaining--;
            }
        }

        return local.ToOffset(from.Offset);
    }
}
