using GraphQL.Types;

namespace GovGraph.Api.Hierarchy;

public sealed class AgencyCategoryEnum : EnumerationGraphType
{
    public AgencyCategoryEnum()
    {
        Name = "AgencyCategory";
        Description = "What kind of unit an agency is.";
        Add("ORGAN", "ORGAN", "A party or government organ (机关).");
        Add("ENTERPRISE", "ENTERPRISE", "An enterprise (企业).");
        Add("INSTITUTION", "INSTITUTION", "A public institution (事业单位).");
    }
}
