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
    /// The instant the seeded cloud-platform history stops at: 1 November 2026, midnight in Ningguo. Cases are
    /// raised over the year before it and lived through the workflow up to it, so the generator never reads the
    /// clock and every run gives the same cases; the ones still open are recent relative to it (and overdue by
    /// any later clock). The store's clock must be later, or the cases' relationships would not have started yet.
    /// </summary>
    public static readonly DateTimeOffset CaseReferenceTime = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Seeded cases (ServiceRequest nodes) per scale step: the "a few thousand".</summary>
    public const int CasesPerScale = 2_500;

    /// <summary>
    /// Builds the dataset. <paramref name="scale"/> 1 is the county; N adds N-1 synthetic copies of every
    /// village (with its groups, members and households) for benchmarks, where the county figures no longer hold.
    /// </summary>
    public static GraphWriteBatch Generate(int scale = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        return new NingguoBuilder(scale, Seed).Build();
    }
}
