namespace GovGraph.Storage.Seeding;

/// <summary>
/// Generates the shipped Ningguo dataset: the county's reported figures (DOMAIN.md) with real names where
/// the sources give them and deterministic synthetic data elsewhere (flagged <c>synthetic</c> on villages,
/// agencies and universities). Every call returns the same graph.
/// </summary>
public static class NingguoGenerator
{
    /// <summary>The seed of the generator's own PRNG: the article's publication date.</summary>
    public const ulong Seed = 20220805;

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
