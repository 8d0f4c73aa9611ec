namespace GovGraph.Storage.Seeding;

/// <summary>The villages DOMAIN.md knows, in the order they take their township's first village slots.</summary>
internal static class KnownVillages
{
    public static readonly IReadOnlyList<KnownVillage> All =
    [
        new("shanmen", "山门村", "gangkou", Groups: 35, People: 4_587, Members: 131, BranchType: "GENERAL_BRANCH", Key: true),
        new("xicun", "西村村", "gangkou", Households: 330, People: 1_193, Members: 56, Key: true),
        new("wuci", "五磁村", "gangkou", Groups: 30, Members: 124),
        new("taiping", "太平村", "gangkou"),
        new("zhongtian", "中田村", "zhongxi", Groups: 39, Households: 1_424, Members: 195, CentralHouseholds: 18),
    ];
}
