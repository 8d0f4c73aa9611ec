using System.Security.Claims;

namespace GovGraph.Api.Security;

/// <summary>Establishes the caller of a DI scope that a transport opened, from the principal it authenticated.</summary>
public static class CallerScopes
{
    /// <summary>
    /// Sets the scope's <see cref="CallerContext"/> from <paramref name="user"/>. A principal that describes no
    /// caller (no known role) leaves it unset, so anything that reads it fails closed.
    /// </summary>
    public static void EstablishCaller(this IServiceProvider services, ClaimsPrincipal? user)
    {
        if (Caller.From(user) is { } caller)
        {
            services.GetRequiredService<CallerContext>().Set(caller);
        }
    }
}
