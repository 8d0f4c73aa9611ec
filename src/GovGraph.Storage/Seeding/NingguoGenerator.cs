namespace GovGraph.Storage.Seeding;

/// <summary>
/// Generates the shipped Ningguo dataset: the county's reported figures (DOMAIN.md) with real names where
/// the sources give them and deterministic synthetic data elsewhere (flagged <c>synthetic</c> on villages,
/// agencies and universities), and a year of synthetic cloud-platform cases in every state. Every call returns
/// the same graph.
/// </summary>
public static class NingguoGenerator
{
    /// <summary>The seed of the generator's own PRNG: the article's publication date.</summary>
    public const ulong Seed = 20220805;

    /// <summary>
    /// The instant the seeded cloud-platform history stops at by default: 1 November 2026, midnight in Ningguo
    /// (a Sunday). Cases are raised over the year before it and lived through the workflow up to it, so the
    /// generator never reads the clock and every run gives the same cases. The store's clock must be later, or the
    /// cases' relationships would not have started yet. Seeding a store moves it forward by whole weeks (see
    /// <see cref="CaseReferenceFor"/>).
    /// </summary>
    public static readonly DateTimeOffset CaseReferenceTime = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Seeded cases (ServiceRequest nodes) per scale step: the "a few thousand".</summary>
    public const int CasesPerScale = 2_500;

    /// <summary>
    /// Builds the dataset. <paramref name="scale"/> 1 is the county; N adds N-1 synthetic copies of every
    /// village (with its groups, members and households) for benchmarks, where the county figures no longer hold.
    /// </summary>
    /// <param name="scale">1 for the county; more for benchmark copies.</param>
    /// <param name="casesAsOf">
    /// When the seeded history should end (the seeding store's clock); null for <see cref="CaseReferenceTime"/>.
    /// Moves the history by whole weeks only (<see cref="CaseReferenceFor"/>), so the cases are the same ones.
    /// </param>
    public static GraphWriteBatch Generate(int scale = 1, DateTimeOffset? casesAsOf = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        return new NingguoBuilder(scale, Seed, casesAsOf is { } asOf ? CaseReferenceFor(asOf) : CaseReferenceTime).Build();
    }

    /// <summary>
    /// The latest <see cref="CaseReferenceTime"/> + whole weeks not after <paramref name="asOf"/> (never earlier
    /// than <see cref="CaseReferenceTime"/> itself).
    /// </summary>
    /// <remarks>
    /// A store seeded today gets a history that ends at most a week ago, so its open cases are recent and mostly
    /// within their limits, instead of all of them overdue by the time anyone runs it (the escalation service
    /// would remind, supervise and escalate hundreds of them at the first start). Whole weeks, because due times
    /// count working days: a shift by whole weeks keeps every weekday, so the simulation takes exactly the same
    /// steps and the seeded cases, statuses and figures are the same whatever the day of seeding; only their
    /// times move.
    /// </remarks>
    public static DateTimeOffset CaseReferenceFor(DateTimeOffset asOf)
    {
        var weeks = Math.Max(0, (asOf - CaseReferenceTime).Ticks / TimeSpan.TicksPerDay / 7);
        return CaseReferenceTime.AddDays(7 * weeks);
    }
}
