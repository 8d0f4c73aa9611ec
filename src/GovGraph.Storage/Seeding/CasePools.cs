using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Storage.Seeding;

/// <summary>
/// The words of the seeded cases: what residents ask for per category, what handlers write when they resolve,
/// send back or ask for more time. Synthetic, in the register of the cloud platform's case sheets.
/// </summary>
internal static class CasePools
{
    public static readonly IReadOnlyDictionary<RequestCategory, string[]> Descriptions = new Dictionary<RequestCategory, string[]>
    {
        [RequestCategory.Enquiry] =
        [
            "咨询城乡居民医保缴费时间和标准。",
            "咨询高龄津贴申领需要准备哪些材料。",
            "想了解孩子入学需要办理哪些手续。",
            "咨询农村危房改造补助政策。",
            "咨询养老保险补缴办法。",
            "询问今年耕地地力保护补贴什么时候发放。",
            "咨询残疾人两项补贴如何申请。",
            "想了解宅基地建房审批流程。",
            "咨询新能源汽车下乡补贴政策。",
            "询问村里就业培训报名时间。",
        ],
        [RequestCategory.Help] =
        [
            "家中老人独居行动不便，希望帮忙代购药品。",
            "房屋漏雨，请求帮助联系维修。",
            "家里自来水管冻裂，请求协助处理。",
            "茶叶滞销，希望帮忙联系销路。",
            "家中突发困难，申请临时救助。",
            "路灯损坏多日，夜间出行不便，请求维修。",
            "希望帮助办理老人就医转诊手续。",
            "请求帮忙清理门前塌方的土石。",
            "留守儿童课后无人看护，希望协助安排。",
            "请求协助申请农业技术指导。",
        ],
        [RequestCategory.Complaint] =
        [
            "反映附近养殖场异味严重，影响生活。",
            "反映村道被占用堆放杂物。",
            "反映夜间施工噪音扰民。",
            "反映垃圾清运不及时。",
            "反映河道有人倾倒建筑垃圾。",
            "反映小卖部销售过期食品。",
            "反映补贴发放名单不公开。",
        ],
        [RequestCategory.Dispute] =
        [
            "与邻居因宅基地界址发生纠纷，请求调解。",
            "与承包方因山林流转租金发生争议。",
            "兄弟之间因赡养老人问题产生矛盾，请求调解。",
            "因排水沟走向与邻居发生纠纷。",
            "务工工资被拖欠，请求协调。",
            "与邻居因竹林界线发生争执。",
        ],
        [RequestCategory.Other] =
        [
            "建议在村口增设公交站台。",
            "建议党群服务中心周末开放图书室。",
            "希望组织一次义诊活动。",
            "建议增加广场舞场地照明。",
            "对村里环境整治提出建议。",
        ],
    };

    public static readonly IReadOnlyDictionary<RequestCategory, string[]> ResolutionNotes = new Dictionary<RequestCategory, string[]>
    {
        [RequestCategory.Enquiry] =
        [
            "已电话解答政策并告知办理地点。",
            "已上门讲解政策，发放办事指南。",
            "已将所需材料清单通过微信发送给群众。",
        ],
        [RequestCategory.Help] =
        [
            "已联系相关人员上门处理完毕。",
            "已协调村级服务队帮助解决。",
            "已帮助群众办理完成，群众表示感谢。",
            "已对接镇相关站所，问题已解决。",
        ],
        [RequestCategory.Complaint] =
        [
            "已现场核实并督促整改到位。",
            "已联系相关部门处理，问题已整改。",
            "已约谈当事方，承诺限期整改并已完成。",
        ],
        [RequestCategory.Dispute] =
        [
            "经百姓说事点调解，双方达成一致。",
            "已组织双方协商，签订调解协议。",
            "已联系司法所参与调解，纠纷化解。",
        ],
        [RequestCategory.Other] =
        [
            "已记录建议并提交村两委研究。",
            "建议已采纳，正在落实。",
            "已答复群众并说明安排。",
        ],
    };

    public static readonly string[] SendBackReasons =
    [
        "超出本人职责范围，需上级协调。",
        "涉及跨组事项，请上级统筹处理。",
        "需要相关部门协调，本级无法办理。",
        "本人外出学习，无法及时办理。",
    ];

    public static readonly string[] ExtensionReasons =
    [
        "需协调多个部门，申请延期办理。",
        "当事方外出务工，需待其返乡后调解。",
        "维修材料到货需要时间，申请延期。",
    ];
}
