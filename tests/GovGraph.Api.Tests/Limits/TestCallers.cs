using System.Net;
using GovGraph.Api.Security.ApiKeys;
using GovGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace GovGraph.Api.Tests.Limits;

/// <summary>
/// Lets a test say who is calling in a header instead of minting a token itself: <c>X-Test-Caller</c> (name, else
/// one caller per <c>X-Test-Client-IP</c>) and <c>X-Test-Documents</c> (comma-separated allow-list) become a real
/// signed bearer token that the API validates as any other; <c>X-Test-Client-IP</c> sets the client address.
/// Requests that bring their own <c>Authorization</c> or <c>X-Api-Key</c> keep them.
/// </summary>
internal sealed class TestCallers : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var headers = context.Request.Headers;
            var address = headers["X-Test-Client-IP"].ToString();
            if (address.Length > 0)
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            }

            if (!headers.ContainsKey("Authorization") && !headers.ContainsKey(ApiKeyAuthenticationHandler.Header))
            {
                var name = headers["X-Test-Caller"].ToString() is { Length: > 0 } caller ? caller : "client-" + (address.Length > 0 ? address : "default");
                var documents = headers["X-Test-Documents"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
                headers.Authorization = "Bearer " + Tokens.Create("admin", name: name, documents: documents);
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
