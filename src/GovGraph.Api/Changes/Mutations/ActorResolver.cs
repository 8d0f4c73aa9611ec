using System.Security.Claims;
using GovGraph.Api.Errors;
using GovGraph.Api.Security;
using GovGraph.Domain.Model;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>
/// Who makes a change, as the change log records it: the authenticated caller's name. Only in the open development
/// mode, where everyone is the same <c>anonymous</c> admin, the <c>X-GovGraph-Actor</c> request header names the
/// actor instead: it is a claim, not a proof, but lets tools and tests tell their writes apart there.
/// </summary>
public sealed class ActorResolver(IHttpContextAccessor http, AuthMode mode)
{
    public const string Header = "X-GovGraph-Actor";

    public const int MaxLength = 100;

    public const string Anonymous = "anonymous";

    public string Resolve(ClaimsPrincipal? user)
    {
        var name = Caller.From(user)?.Name;
        if (mode.IsEnabled)
        {
            // The transports refuse a request without a caller before any mutation runs; never record no one.
            return name ?? throw new InvalidOperationException("A change without an authenticated caller.");
        }

        var header = http.HttpContext?.Request.Headers[Header];
        if (header is not { Count: > 0 } values)
        {
            return name ?? Anonymous;
        }

        // A malformed header is refused rather than ignored: recording the change as someone else's would be worse.
        var actor = values.Count == 1 ? values[0] : null;
        return actor is { Length: <= MaxLength } && NodeIds.IsWellFormed(actor)
            ? actor
            : throw new GovGraphError(ErrorCodes.InvalidActor, $"`{Header}` must be one value of 1–{MaxLength} printable characters.", Header);
    }
}
