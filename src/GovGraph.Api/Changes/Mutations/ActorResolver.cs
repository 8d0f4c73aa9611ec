using System.Security.Claims;
using GovGraph.Api.Errors;
using GovGraph.Domain.Model;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>
/// Who makes a change, as the change log records it. Until authentication lands (issue 6): the authenticated
/// user's name when there is one, else the <c>X-GovGraph-Actor</c> request header, else <c>anonymous</c>. The
/// header is a claim, not a proof; it lets tools and tests tell their writes apart meanwhile.
/// </summary>
public sealed class ActorResolver(IHttpContextAccessor http)
{
    public const string Header = "X-GovGraph-Actor";

    public const int MaxLength = 100;

    public const string Anonymous = "anonymous";

    public string Resolve(ClaimsPrincipal? user)
    {
        if (user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            return name;
        }

        var header = http.HttpContext?.Request.Headers[Header];
        if (header is not { Count: > 0 } values)
        {
            return Anonymous;
        }

        // A malformed header is refused rather than ignored: recording the change as someone else's would be worse.
        var actor = values.Count == 1 ? values[0] : null;
        return actor is { Length: <= MaxLength } && NodeIds.IsWellFormed(actor)
            ? actor
            : throw new GovGraphError(ErrorCodes.InvalidActor, $"`{Header}` must be one value of 1–{MaxLength} printable characters.", Header);
    }
}
