using GraphQL.Types;

namespace GovGraph.Api.Hierarchy;

public sealed class DivisionTypeEnum : EnumerationGraphType
{
    public DivisionTypeEnum()
    {
        Name = "DivisionType";
        Description = "The kind of township-level unit.";
        Add("STREET", "STREET", "A street (街道), led by a party working committee (党工委); no elected government.");
        Add("TOWN", "TOWN", "A town (镇), led by a town party committee (镇党委); holds elections.");
        Add("TOWNSHIP", "TOWNSHIP", "A township (乡), led by a township party committee (乡党委); holds elections.");
    }
}
