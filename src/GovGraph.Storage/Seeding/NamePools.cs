namespace GovGraph.Storage.Seeding;

/// <summary>Pools the generator draws plausible (invented) Chinese names from.</summary>
internal static class NamePools
{
    /// <summary>Common surnames, most frequent first (Anhui favourites such as 汪, 方, 程, 储 included).</summary>
    public const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙胡汪朱马郭何高林罗郑梁谢宋唐许韩方程冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶苏魏吕丁"
        + "任沈姚卢姜崔钟谭陆范金石廖贾夏韦白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严戴孔汤储查舒詹鲍";

    public const string MaleGiven = "伟强军勇杰涛明斌辉刚平建国华林峰磊超波东文海春志德宏忠荣新永庆金山成福生祥发俊鹏宇浩晨阳松江兵龙";

    public const string FemaleGiven = "芳娟敏静丽艳玲秀英华霞梅兰琴燕红萍婷雪颖慧琳洁倩月凤云珍莉晶";

    /// <summary>First syllables of synthetic village names.</summary>
    public const string VillageFirst = "桃竹梅松柏杨柳石溪青龙凤金银白黄红东西南北上下中新大小高长仙云霞茶杉桥湖塘泉林花桂兰枫鹤狮虎丰和安平永福兴";

    /// <summary>Second syllables of synthetic village names.</summary>
    public const string VillageSecond = "山岭坑坞川溪河桥口田塘湖源冲畈庄湾里阳林门关坝峰岗墩坪洲头岩滩潭谷园埠铺店";

    public static readonly IReadOnlyList<string> Organs =
    [
        "宁国市委办公室", "宁国市人大常委会办公室", "宁国市政府办公室", "宁国市政协办公室", "宁国市纪委监委",
        "宁国市委组织部", "宁国市委宣传部", "宁国市委统战部", "宁国市委政法委", "宁国市委编办",
        "宁国市委党校", "宁国市直机关工委", "宁国市发展和改革委员会", "宁国市教育体育局", "宁国市科学技术局",
        "宁国市经济和信息化局", "宁国市公安局", "宁国市民政局", "宁国市司法局", "宁国市财政局",
        "宁国市人力资源和社会保障局", "宁国市自然资源和规划局", "宁国市生态环境分局", "宁国市住房和城乡建设局", "宁国市交通运输局",
        "宁国市水利局", "宁国市农业农村局", "宁国市商务局", "宁国市文化旅游体育局", "宁国市卫生健康委员会",
        "宁国市退役军人事务局", "宁国市应急管理局", "宁国市审计局", "宁国市市场监督管理局", "宁国市统计局",
        "宁国市医疗保障局", "宁国市林业局", "宁国市数据资源管理局", "宁国市信访局", "宁国市总工会",
        "共青团宁国市委", "宁国市妇联", "宁国市科协", "宁国市残联", "宁国市税务局",
    ];

    public static readonly IReadOnlyList<string> Institutions =
    [
        "宁国市人民医院", "宁国市中医院", "宁国市疾病预防控制中心", "宁国市妇幼保健计划生育服务中心", "宁国中学",
        "宁国市第二中学", "宁国市宁阳学校", "宁国市实验小学", "宁国市职业技术学校", "宁国市图书馆",
        "宁国市文化馆", "宁国市融媒体中心", "宁国市档案馆", "宁国市不动产登记中心", "宁国市公共资源交易中心",
        "宁国市政务服务中心", "宁国市农业技术推广中心", "宁国市林业技术推广中心", "宁国市水文站", "宁国市气象台",
        "宁国市社会福利院", "宁国市城市管理服务中心", "宁国市住房公积金管理中心", "宁国经济技术开发区管委会", "宁国港口生态工业园区管委会",
        "宁国市供销合作社联合社", "宁国市残疾人康复中心", "宁国市博物馆", "宁国市青少年活动中心", "宁国市农村综合服务中心",
    ];

    public static readonly IReadOnlyList<string> Enterprises =
    [
        "国网宁国市供电公司", "宁国农村商业银行", "中国邮政宁国分公司", "中国电信宁国分公司", "中国移动宁国分公司",
        "中国联通宁国分公司", "宁国市国有资本投资运营集团", "宁国市城市建设投资集团", "宁国市交通投资公司", "宁国市水务公司",
        "宁国市农业发展公司", "宁国市文化旅游发展公司", "中国银行宁国支行", "中国工商银行宁国支行", "中国农业银行宁国支行",
        "中国建设银行宁国支行", "徽商银行宁国支行", "宁国市燃气公司", "宁国市公共交通公司", "宁国市粮食储备公司",
        "宁国市国有林场", "宁国市农资公司", "宁国市烟草公司", "中国人民财产保险宁国支公司", "中国人寿宁国支公司",
        "宁国市旅游集散中心公司", "宁国市新型建材公司",
    ];

    /// <summary>Partner universities: (id slug, name, named in the article).</summary>
    public static readonly IReadOnlyList<(string Slug, string Name, bool Real)> Universities =
    [
        ("njfu", "南京林业大学", true),
        ("ahstu", "安徽科技学院", true),
        ("ahau", "安徽农业大学", false),
        ("ahnu", "安徽师范大学", false),
        ("hfut", "合肥工业大学", false),
        ("ahpu", "安徽工程大学", false),
        ("ahjzu", "安徽建筑大学", false),
        ("zafu", "浙江农林大学", false),
        ("njau", "南京农业大学", false),
        ("aufe", "安徽财经大学", false),
        ("ahut", "安徽工业大学", false),
        ("xcvtc", "宣城职业技术学院", false),
    ];

    public static readonly IReadOnlyList<string> CooperationAreas = ["校地合作联盟", "实践基地", "产学研合作"];
}
