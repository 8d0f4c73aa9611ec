namespace GovGraph.Storage.Neo4j.Cypher;

/// <summary>
/// A failure reported by Neo4j (or by talking to it), with Neo4j's status code, e.g.
/// <c>Neo.ClientError.Schema.ConstraintValidationFailed</c> or <c>Neo.TransientError.Transaction.DeadlockDetected</c>.
/// </summary>
public sealed class Neo4jException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;

    /// <summary>
    /// Worth retrying: Neo4j's transient errors (deadlocks, leader switches, unavailable members), except the two that
    /// mean someone stopped the transaction on purpose (Neo4j's drivers make the same exception).
    /// </summary>
    public bool IsTransient =>
        Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
        && Code is not "Neo.TransientError.Transaction.Terminated" and not "Neo.TransientError.Transaction.LockClientStopped";

    /// <summary>
    /// The server no longer has the transaction (it expired, failed, or another cluster member answered): nothing of it
    /// was committed.
    /// </summary>
    public bool TransactionGone { get; init; }

    /// <summary>
    /// Whether a whole write unit may run again after this: a transient error, a member that can no longer write
    /// (leader switch), or a transaction the server dropped before its commit.
    /// </summary>
    public bool RetriesUnit =>
        IsTransient || TransactionGone
        || Code is "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase";
}
