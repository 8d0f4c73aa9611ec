namespace GovGraph.Storage.Seeding;

/// <summary>
/// Ningguo's 19 township-level units (public sources). The per-unit split of villages, instructors and
/// leaders is invented; only the totals are reported. Instructors are township party-committee members,
/// so each unit has more leaders than instructors.
/// </summary>
internal static class NingguoTownships
{
    public const string Street = "STREET";
    public const string Town = "TOWN";
    public const string Township = "TOWNSHIP";

    public static readonly IReadOnlyList<TownshipInfo> All =
    [
        new("xijin", "西津街道", Street, 3, 3, 5),
        new("nanshan", "南山街道", Street, 3, 3, 5),
        new("helixi", "河沥溪街道", Street, 4, 4, 5),
        new("wangxi", "汪溪街道", Street, 5, 5, 6),
        new("zhufeng", "竹峰街道", Street, 3, 3, 5),
        new("tianhu", "天湖街道", Street, 3, 3, 5),
        new("gangkou", "港口镇", Town, 10, 12, 13),
        new("meilin", "梅林镇", Town, 8, 9, 10),
        new("zhongxi", "中溪镇", Town, 8, 10, 11),
        new("ningdun", "宁墩镇", Town, 7, 8, 9),
        new("xianxia", "仙霞镇", Town, 7, 8, 9),
        new("jialu", "甲路镇", Town, 6, 7, 8),
        new("hule", "胡乐镇", Town, 7, 8, 9),
        new("xiaxi", "霞西镇", Town, 6, 7, 8),
        new("nanji", "南极乡", Township, 5, 6, 7),
        new("wanjia", "万家乡", Township, 5, 6, 7),
        new("qinglong", "青龙乡", Township, 4, 5, 6),
        new("fangtang", "方塘乡", Township, 4, 5, 6),
        new("yunti", "云梯畲族乡", Township, 4, 5, 7),
    ];
}
