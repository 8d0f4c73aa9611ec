namespace GovGraph.Storage.Seeding;

/// <summary>
/// A township-level unit of Ningguo with how many villages, village instructors and leadership members
/// the dataset gives it (the sums are the county's reported figures: 102, 117 and 141). Benchmark scales add
/// synthetic copies.
/// </summary>
internal sealed record TownshipInfo(
    string Slug,
    string Name,
    string DivisionType,
    int Villages,
    int Instructors,
    int Leaders,
    bool Synthetic = false)
{
    public string Id => $"township:{Slug}";

    public bool HoldsElections => DivisionType != "STREET";
}
