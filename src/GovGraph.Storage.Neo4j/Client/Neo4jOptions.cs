using System.ComponentModel.DataAnnotations;

namespace GovGraph.Storage.Neo4j.Client;

/// <summary>How to reach Neo4j's HTTP Query API; bound from the configuration section <c>Neo4j</c>.</summary>
public sealed class Neo4jOptions : IValidatableObject
{
    public const string SectionName = "Neo4j";

    /// <summary>The server's HTTP(S) root, e.g. http://localhost:7474 or https://xxxx.databases.neo4j.io.</summary>
    [Required]
    public Uri Uri { get; set; } = new("http://localhost:7474");

    /// <summary>
    /// Where explicit transactions (every write unit) go, when not <see cref="Uri"/>: on a self-managed cluster, one
    /// member's own HTTP(S) root, because the requests of one transaction must all reach the member that opened it.
    /// </summary>
    public Uri? WriteUri { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string Database { get; set; } = "neo4j";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>A bearer token (an SSO provider's token), sent as <c>Authorization: Bearer</c> instead of basic auth.</summary>
    public string? BearerToken { get; set; }

    /// <summary>How long one HTTP request may take before it fails (retries get their own).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Extra attempts after a transient error: of an auto-commit statement, of BEGIN, and of a whole write unit
    /// (deadlocks, leader switches).
    /// </summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; doubles per attempt, plus up to as much again of jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How many times a rollback is sent after a timeout or cancellation before leaving it to the server.</summary>
    [Range(1, 20)]
    public int RollbackAttempts { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (uri, name) in new[] { (Uri, nameof(Uri)), (WriteUri, nameof(WriteUri)) })
        {
            if (uri is not null && !(uri.IsAbsoluteUri && (uri.Scheme == System.Uri.UriSchemeHttp || uri.Scheme == System.Uri.UriSchemeHttps)))
            {
                yield return new ValidationResult(
                    $"Neo4j:{name} must be an absolute http:// or https:// address (the Query API is HTTP), not '{uri}'.", [name]);
            }
        }

        if (BearerToken is not null && (User is not null || Password is not null))
        {
            yield return new ValidationResult(
                "Set either Neo4j:BearerToken or Neo4j:User and Neo4j:Password, not both.", [nameof(BearerToken)]);
        }

        if (Password is not null && User is null)
        {
            yield return new ValidationResult("Neo4j:Password is set without Neo4j:User.", [nameof(User)]);
        }
    }
}
