namespace GovGraph.Storage.Neo4j.Cypher;

/// <summary>
/// A failure reported by Neo4j (or by talking to it), with Neo4j's status code, e.g.
/// <c>Neo.ClientError.Schema.ConstraintValidationFailed</c> or <c>Neo.TransientError.Transaction.DeadlockDetected</c>.
/// </summary>
public sealed class Neo4jException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;

    /// <summary>Worth retrying: Neo4j's transient errors (deadlocks, leader switches, unavailable members).</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}
