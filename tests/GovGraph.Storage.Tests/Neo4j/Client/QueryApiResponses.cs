namespace GovGraph.Storage.Tests.Neo4j.Client;

/// <summary>
/// Response bodies and statuses shaped like the real server's, each with its source: Neo4j's Query API documentation
/// (https://neo4j.com/docs/query-api/current/) and the server's own integration tests of the Query API
/// (neo4j/neo4j, <c>org.neo4j.queryapi.tx.QueryResourceTxIT</c> and <c>QueryResourceTxJsonlIT</c>), which pin which
/// fields each answer carries and with which status.
/// </summary>
internal static class QueryApiResponses
{
    // 202. Docs "Query the database" (query-api/current/query): an implicit transaction answers data and bookmarks.
    public const string NamesAndAges = """
        {
          "data": {
            "fields": ["name", "age"],
            "values": [["Alice", 42], ["Bob", null]]
          },
          "bookmarks": ["FB:kcwQhRyDJ5G7TsqeYxOvaSbEDA6QLwAAHA=="]
        }
        """;

    // 202. The same shape, a later write's bookmark (for the bookmark-chain tests).
    public const string LaterWrite = """
        { "data": { "fields": [], "values": [] }, "bookmarks": ["FB:kcwQhRyDJ5G7TsqeYxOvaSbEDA6QLwAAJA=="] }
        """;

    // 202. Docs "Run transactions", "Create a transaction" with no statement; server: QueryResourceTxIT
    // shouldStartTxWithoutStatement asserts a transaction and nothing else. BEGIN without a statement answers only
    // transaction { id, expires }: no data, no bookmarks. The neo4j-cluster-affinity header comes with it (BeginAffinity).
    public const string Begin = """
        { "transaction": { "id": "d7fa2f2d4c43f3a1", "expires": "2024-10-22T14:12:29Z" } }
        """;

    // The header value of the documentation's "Create a transaction" example.
    public const string BeginAffinity = "MTAuOC41Ljc6MTc0NzQ=";

    // 202. Docs "Run transactions", "Execute queries"; server: QueryResourceTxIT shouldContinueTx (a record and the
    // transaction). Inside a transaction there are no bookmarks (they come only with the commit); expires moves on.
    public const string RunInTransaction = """
        {
          "data": { "fields": ["n"], "values": [[1]] },
          "transaction": { "id": "d7fa2f2d4c43f3a1", "expires": "2024-10-22T14:13:01Z" }
        }
        """;

    // 202. Docs "Run transactions", "Commit a transaction"; server: QueryResourceTxIT shouldCommitWithoutStatement
    // asserts a bookmark and no transaction. A commit without a statement answers only its bookmarks.
    public const string Commit = """
        { "bookmarks": ["FB:kcwQs9h6ZMqDRUaYq2hRu9mHBgeQ"] }
        """;

    // 200. Server: QueryResourceTxIT shouldRollbackTx asserts status 200, and QueryResourceTxJsonlIT that the answer
    // has no fields and no transaction: an empty object.
    public const string Rollback = "{}";

    // 400. Server: QueryResourceTxIT shouldHandleContinueWithSyntaxError (hasErrorStatus(400, SyntaxError)); docs
    // "Query the database", "Error handling" for the errors array. A statement refused before any record is a 400.
    public const string SyntaxError = """
        {
          "errors": [{
            "code": "Neo.ClientError.Statement.SyntaxError",
            "message": "Invalid input 'MATC': expected 'MATCH' (line 1, column 1 (offset: 0))"
          }]
        }
        """;

    // 202. Server: QueryResourceTxIT shouldHandleContinueWithRuntimeError (hasErrorStatus(202, ArithmeticError)) and
    // the JSONL variant (header, five records, then the error): a failure while streaming keeps the 202 already sent
    // and carries the records produced so far beside the errors.
    public const string FailedWhileStreaming = """
        {
          "data": { "fields": ["f"], "values": [[0], [0], [1], [1], [3]] },
          "errors": [{ "code": "Neo.ClientError.Statement.ArithmeticError", "message": "/ by zero" }]
        }
        """;

    // 404. Server: QueryResourceTxJsonlIT, a commit after the transaction timed out: status 404, Status.Request.Invalid,
    // this message word for word (the server's own message names the affinity header).
    public const string TransactionNotFound = """
        {
          "errors": [{
            "code": "Neo.ClientError.Request.Invalid",
            "message": "Transaction with Id: \"d7fa2f2d4c43f3a1\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."
          }]
        }
        """;

    // 401. Docs "Authorize requests" (query-api/current/authentication-authorization): wrong credentials.
    public const string Unauthorized = """
        { "errors": [{ "code": "Neo.ClientError.Security.Unauthorized", "message": "Invalid credential." }] }
        """;

    // 400. Server behaviour: a deadlock is detected when the statement takes its locks, before any record is streamed,
    // so it is refused like any failed statement (the 400 of QueryResourceTxIT), with Neo4j's status code
    // Neo.TransientError.Transaction.DeadlockDetected (Status.Transaction.DeadlockDetected) and the lock manager's message.
    public const string Deadlock = """
        {
          "errors": [{
            "code": "Neo.TransientError.Transaction.DeadlockDetected",
            "message": "ForsetiClient[transactionId=12, clientId=3] can't acquire ExclusiveLock{owner=ForsetiClient[transactionId=11, clientId=2]}"
          }]
        }
        """;

    // 503, not from Neo4j: the body a load balancer in front of it answers while the member behind is unavailable.
    public const string ProxyUnavailable = "<html><body><h1>503 Service Unavailable</h1></body></html>";
}
