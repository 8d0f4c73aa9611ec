namespace GovGraph.Api.Security;

/// <summary>What a caller may do, each role including the ones before it.</summary>
public enum CallerRole
{
    /// <summary>Reads its scope; personal data masked.</summary>
    Viewer = 0,

    /// <summary>Reads its scope; sees personal data when its credential says <c>pii</c>.</summary>
    Analyst = 1,

    /// <summary>Also changes the graph within its scope.</summary>
    Editor = 2,

    /// <summary>Everything an editor may, within its scope.</summary>
    Admin = 3,
}
