namespace GovGraph.Api.Transport.WebSockets;

/// <summary>The close codes of the graphql-transport-ws protocol that this server sends.</summary>
internal static class GraphQLWsCloseCodes
{
    /// <summary>1001: the server is shutting down; clients reconnect (to another instance).</summary>
    public const int GoingAway = 1001;

    /// <summary>A message that is not valid JSON, has no known <c>type</c> or the wrong shape.</summary>
    public const int BadRequest = 4400;

    /// <summary>A <c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>
    /// Authentication is on and the connection has no valid credentials naming a known role, neither in its
    /// upgrade request nor in its <c>connection_init</c> payload.
    /// </summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not ask for the <c>graphql-transport-ws</c> subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No <c>connection_init</c> within GraphQL:ConnectionInitTimeout.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> with the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>The server failed unexpectedly (details only in its log).</summary>
    public const int InternalServerError = 4500;
}
