using GraphQL.Types;

namespace GovGraph.Api.Hierarchy;

public sealed class BranchTypeEnum : EnumerationGraphType
{
    public BranchTypeEnum()
    {
        Name = "BranchType";
        Description = "The form of a village's party organisation.";
        Add("BRANCH", "BRANCH", "A party branch (党支部).");
        Add("GENERAL_BRANCH", "GENERAL_BRANCH", "A party general branch (党总支) with branches under it.");
        Add("COMMITTEE", "COMMITTEE", "A village party committee (村党委).");
    }
}
