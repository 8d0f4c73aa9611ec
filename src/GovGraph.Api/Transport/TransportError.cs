namespace GovGraph.Api.Transport;

/// <summary>
/// A request the transport refuses before GraphQL sees it: the status code, the stable code and a message
/// safe to show a caller. <paramref name="Allow"/> fills the <c>Allow</c> header of a 405.
/// </summary>
internal sealed record TransportError(int StatusCode, string Code, string Message, string? Allow = null)
{
    public static TransportError BadRequest(string code, string message) =>
        new(StatusCodes.Status400BadRequest, code, message);
}
