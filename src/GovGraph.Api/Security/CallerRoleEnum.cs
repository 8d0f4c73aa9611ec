using GraphQL.Types;

namespace GovGraph.Api.Security;

public sealed class CallerRoleEnum : EnumerationGraphType<CallerRole>
{
    public CallerRoleEnum()
    {
        Name = "Role";
        Description = "What a caller may do; each role includes the ones before it.";
    }
}
