using System.ComponentModel.DataAnnotations;

namespace GovGraph.Api;

/// <summary>Limits of the GraphQL endpoint (configuration section <c>GraphQL</c>).</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest accepted request body in bytes (default 1 MB).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Deepest accepted selection nesting (default 15).</summary>
    [Range(2, 200)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Highest accepted query complexity as GraphQL.NET's complexity analyzer computes it: roughly the number of
    /// fields the response could hold, each connection multiplying its children by its <c>first</c>. The default
    /// admits a whole village tree (山门村 to its households) and refuses page-size bombs.
    /// </summary>
    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 1_000_000;

    /// <summary>Default page size of a connection when <c>first</c> is not given.</summary>
    [Range(1, 500)]
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>Largest <c>first</c> a connection accepts.</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 500;

    /// <summary>
    /// How long a graphql-transport-ws client has after connecting to send <c>connection_init</c> (default 3 s);
    /// after that the socket is closed with 4408.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often an idle Server-Sent Events stream gets a keep-alive comment (default 15 s), so proxies keep it open.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
