using System.ComponentModel.DataAnnotations;

namespace GovGraph.Storage.Neo4j.Client;

/// <summary>How to reach Neo4j's HTTP Query API; bound from the configuration section <c>Neo4j</c>.</summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The server's HTTP(S) root, e.g. http://localhost:7474 or https://xxxx.databases.neo4j.io.</summary>
    [Required]
    public Uri Uri { get; set; } = new("http://localhost:7474");

    [Required(AllowEmptyStrings = false)]
    public string Database { get; set; } = "neo4j";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>How long one HTTP request may take before it fails (retries get their own).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Extra attempts for auto-commit statements and BEGIN after a <c>Neo.TransientError.*</c>.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; doubles per attempt, plus up to as much again of jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);
}
