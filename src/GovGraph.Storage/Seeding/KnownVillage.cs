namespace GovGraph.Storage.Seeding;

/// <summary>A village the sources name, with the figures they report (null: not reported, generated).</summary>
internal sealed record KnownVillage(
    string Slug,
    string Name,
    string TownshipSlug,
    int? Groups = null,
    int? Households = null,
    int? People = null,
    int? Members = null,
    int? CentralHouseholds = null,
    string? BranchType = null,
    bool Key = false);
