using GraphQL.Types;

namespace GovGraph.Api.Hierarchy;

public sealed class EducationEnum : EnumerationGraphType
{
    public EducationEnum()
    {
        Name = "Education";
        Description = "Highest education completed (学历).";
        Add("BELOW_BACHELOR", "BELOW_BACHELOR", "Below a bachelor's degree (本科以下).");
        Add("BACHELOR", "BACHELOR", "A university degree (大学本科).");
        Add("POSTGRADUATE", "POSTGRADUATE", "Postgraduate (研究生).");
    }
}
