namespace GovGraph.Api.Security;

/// <summary>
/// Endpoint metadata: the requests <paramref name="Allows"/> accepts need no caller (the GraphiQL page on the
/// GraphQL URL). Every other request to the endpoint does, unless it carries <c>AllowAnonymous</c>.
/// </summary>
public sealed record AnonymousWhen(Func<HttpContext, bool> Allows);
