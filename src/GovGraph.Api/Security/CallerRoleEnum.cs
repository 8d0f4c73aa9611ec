using GraphQL.Types;

namespace GovGraph.Api.Security;

public sealed class CallerRoleEnum : EnumerationGraphType<CallerRole>
{
    public CallerRoleEnum()
    {
        Name = "Role";
        Description = "What a caller may do; each role includes the ones before it.";
        Describe(CallerRole.Viewer, "Reads its scope; personal data masked.");
        Describe(CallerRole.Analyst, "Reads its scope; sees personal data unmasked when its credential carries `pii: true`.");
        Describe(CallerRole.Editor, "Also changes the graph within its scope.");
        Describe(CallerRole.Admin, "Everything an editor may, within its scope.");
    }

    private void Describe(CallerRole role, string description) =>
        Values.First(v => Equals(v.Value, role)).Description = description;
}
