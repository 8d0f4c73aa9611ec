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
    /// Longest accepted query text in characters (default 20,000); longer ones get <c>QUERY_TOO_LONG</c> before
    /// they are parsed. Persisted documents are the server's own and are not measured.
    /// </summary>
    [Range(100, 10_000_000)]
    public int MaxQueryLength { get; set; } = 20_000;

    /// <summary>
    /// Most aliased fields one operation may hold, counted through its fragments as many times as they are spread
    /// (default 50); more get <c>TOO_MANY_ALIASES</c>.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxAliases { get; set; } = 50;

    /// <summary>
    /// Longest a query or mutation may run (default 30 s) before it is abandoned with <c>EXECUTION_TIMEOUT</c>.
    /// Subscriptions are long-lived and not bounded.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

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
