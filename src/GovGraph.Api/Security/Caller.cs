using System.Security.Claims;

namespace GovGraph.Api.Security;

/// <summary>
/// Who is asking, as every read and write path sees it: a name for the change log, a role, the org unit whose
/// subtree is the caller's whole world (null: everything) and whether personal data shows unmasked.
/// Built from the authenticated principal (JWT, API key or the open development mode), never from anything else.
/// </summary>
public sealed record Caller(string Name, CallerRole Role, string? Scope, bool PersonalDataClaim)
{
    /// <summary>The caller in the open development mode (no <c>Auth:*</c> configured): admin over everything.</summary>
    public static Caller Open { get; } = new("anonymous", CallerRole.Admin, null, PersonalDataClaim: true);

    /// <summary>The API key id when an API key authenticated the caller.</summary>
    public string? ApiKeyId { get; init; }

    /// <summary>The persisted documents the caller may run (empty: any).</summary>
    public IReadOnlyList<string> AllowedDocuments { get; init; } = [];

    /// <summary>How the caller authenticated: Bearer, ApiKey or Open.</summary>
    public string AuthenticatedBy { get; init; } = GovGraphClaims.OpenType;

    /// <summary>Value equality, the allow-list compared item by item (a record would compare the list by reference).</summary>
    public bool Equals(Caller? other) =>
        other is not null
        && (Name, Role, Scope, PersonalDataClaim, ApiKeyId, AuthenticatedBy)
            == (other.Name, other.Role, other.Scope, other.PersonalDataClaim, other.ApiKeyId, other.AuthenticatedBy)
        && AllowedDocuments.SequenceEqual(other.AllowedDocuments, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Name, Role, Scope, PersonalDataClaim, ApiKeyId, AuthenticatedBy);

    /// <summary>Personal data shows unmasked only to analysts and above whose credential says <c>pii</c>.</summary>
    public bool SeesPersonalData => PersonalDataClaim && Role >= CallerRole.Analyst;

    /// <summary>Editors and admins change the graph (within their scope).</summary>
    public bool MayWrite => Role >= CallerRole.Editor;

    /// <summary>
    /// The caller an authenticated principal describes, or null when it is not one GovGraph issued or accepts
    /// (no role claim or an unknown role): such a principal gets nothing.
    /// </summary>
    public static Caller? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true } identity)
        {
            return null;
        }

        var role = principal.FindFirst(GovGraphClaims.Role)?.Value switch
        {
            "viewer" => CallerRole.Viewer,
            "analyst" => CallerRole.Analyst,
            "editor" => CallerRole.Editor,
            "admin" => CallerRole.Admin,
            _ => (CallerRole?)null,
        };
        if (role is null)
        {
            return null;
        }

        var scope = principal.FindFirst(GovGraphClaims.Scope)?.Value;
        var pii = string.Equals(principal.FindFirst(GovGraphClaims.PersonalData)?.Value, "true", StringComparison.OrdinalIgnoreCase);
        var name = identity.Name is { Length: > 0 } n ? n : principal.FindFirst("sub")?.Value ?? "unknown";
        return new Caller(name, role.Value, string.IsNullOrEmpty(scope) ? null : scope, pii)
        {
            ApiKeyId = principal.FindFirst(GovGraphClaims.ApiKeyId)?.Value,
            AllowedDocuments = principal.FindAll(GovGraphClaims.Document).Select(c => c.Value).ToList(),
            AuthenticatedBy = identity.AuthenticationType ?? GovGraphClaims.OpenType,
        };
    }
}
