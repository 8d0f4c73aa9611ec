using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Security;

/// <summary>The <c>Auth</c> settings of <see cref="SecuredFactory"/>, for hosts built another way (a <c>FeedApi</c>).</summary>
public static class SecuredSettings
{
    public static Dictionary<string, string> Hs256() => new()
    {
        ["Auth:Issuer"] = Tokens.Issuer,
        ["Auth:Audience"] = Tokens.Audience,
        ["Auth:SigningKey"] = Tokens.SigningKey,
    };
}
