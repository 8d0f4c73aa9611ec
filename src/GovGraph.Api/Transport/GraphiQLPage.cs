using System.Net;
using Microsoft.Extensions.FileProviders;

namespace GovGraph.Api.Transport;

/// <summary>
/// Serves the GraphiQL IDE that the build copies from npm into <c>wwwroot/graphiql/</c>; when the copy is missing
/// (npm was not on PATH at build time) it serves a short page that says how to install it, so the API runs anyway.
/// </summary>
internal sealed class GraphiQLPage(IWebHostEnvironment environment)
{
    public const string AssetFolder = "graphiql";
    private const string IndexPath = AssetFolder + "/index.html";
    private const string BundlePath = AssetFolder + "/graphiql.min.js";

    private IFileProvider Files => environment.WebRootFileProvider;

    /// <summary>
    /// A browser asking for the IDE (GET preferring HTML, neither an upgrade nor an event stream): public, since
    /// the page holds no data and its queries carry their own credentials.
    /// </summary>
    public static bool IsPageRequest(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && !context.WebSockets.IsWebSocketRequest
        && !AcceptNegotiator.PrefersEventStream(context.Request.Headers.Accept)
        && AcceptNegotiator.PrefersHtml(context.Request.Headers.Accept);

    public bool IsInstalled => Files.GetFileInfo(IndexPath).Exists && Files.GetFileInfo(BundlePath).Exists;

    public string ExpectedLocation => Path.Combine(environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot"), AssetFolder);

    public async Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = GraphQLMediaTypes.HtmlUtf8;
        // The page only loads same-origin scripts and styles; GraphiQL needs inline styles and data: fonts. Its
        // subscriptions open a WebSocket to this same host, named explicitly: older browsers' 'self' excludes ws:.
        var host = context.Request.Host.Value;
        context.Response.Headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws://{host} wss://{host}";

        var index = Files.GetFileInfo(IndexPath);
        if (IsInstalled)
        {
            await using var stream = index.CreateReadStream();
            await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
            return;
        }

        await context.Response.WriteAsync(NotInstalledHtml, context.RequestAborted);
    }

    private static readonly string NotInstalledHtml = $"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>GovGraph GraphQL</title></head>
        <body>
        <h1>GovGraph GraphQL</h1>
        <p>The GraphiQL IDE is not installed on this server. The GraphQL endpoint works: POST queries to this address.</p>
        <p>To install the IDE, run <code>npm ci</code> in <code>src/GovGraph.Api/GraphiQL</code> and build again,
        or build the API with <code>npm</code> on the PATH: the build copies the IDE into
        <code>wwwroot/{WebUtility.HtmlEncode(AssetFolder)}/</code>.</p>
        </body>
        </html>
        """;
}
