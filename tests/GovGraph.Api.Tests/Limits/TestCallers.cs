using System.Net;
using System.Security.Claims;
using GovGraph.Api.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace GovGraph.Api.Tests.Limits;

/// <summary>
/// Lets a test say who is calling without a credential: a hand-built principal from <c>X-Test-Caller</c> (name),
/// <c>X-Test-Key</c> (API key id) and <c>X-Test-Documents</c> (comma-separated allow-list), and the client address
/// from <c>X-Test-Client-IP</c>. Runs before the whole pipeline, as a real authentication would have set them.
/// </summary>
internal sealed class TestCallers : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var headers = context.Request.Headers;
            if (headers["X-Test-Client-IP"].ToString() is { Length: > 0 } address)
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            }

            if (headers["X-Test-Caller"].ToString() is { Length: > 0 } name)
            {
                var claims = new List<Claim> { new(ClaimTypes.Name, name), new(GovGraphClaims.Role, "viewer") };
                if (headers["X-Test-Key"].ToString() is { Length: > 0 } key)
                {
                    claims.Add(new Claim(GovGraphClaims.ApiKeyId, key));
                }

                claims.AddRange(headers["X-Test-Documents"].ToString()
                    .Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Select(id => new Claim(GovGraphClaims.Document, id)));
                context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, GovGraphClaims.BearerType));
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
