namespace GovGraph.Storage.Tests.Neo4j.Client;

/// <summary>
/// Response bodies shaped after the examples in Neo4j's Query API documentation
/// (https://neo4j.com/docs/query-api/current/), trimmed to what the client reads.
/// </summary>
internal static class QueryApiResponses
{
    // "Query the database" (query-api/current/query): an implicit transaction returning two fields, with bookmarks.
    public const string NamesAndAges = """
        {
          "data": {
            "fields": ["name", "age"],
            "values": [["Alice", 42], ["Bob", null]]
          },
          "bookmarks": ["FB:kcwQhRyDJ5G7TsqeYxOvaSbEDA6QLwAAHA=="]
        }
        """;

    // "Run transactions" (query-api/current/transactions), "Create a transaction": 202 with the transaction's id and
    // expiry and a node value; the neo4j-cluster-affinity header comes with it (see BeginAffinity).
    public const string BeginWithNode = """
        {
          "data": {
            "fields": ["alice"],
            "values": [[{
              "elementId": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0",
              "labels": ["Person"],
              "properties": { "name": "Alice", "age": 42 }
            }]]
          },
          "bookmarks": [],
          "transaction": { "id": "d7fa2f2d4c43f3a1", "expires": "2024-10-22T14:12:29Z" }
        }
        """;

    // The header value of the same documentation example.
    public const string BeginAffinity = "MTAuOC41Ljc6MTc0NzQ=";

    // "Run transactions", "Execute queries" inside the open transaction.
    public const string RunInTransaction = """
        {
          "data": { "fields": ["n"], "values": [[1]] },
          "bookmarks": [],
          "transaction": { "id": "d7fa2f2d4c43f3a1", "expires": "2024-10-22T14:13:01Z" }
        }
        """;

    // "Run transactions", "Commit a transaction": the commit answers with the new bookmarks.
    public const string Commit = """
        { "data": { "fields": [], "values": [] }, "bookmarks": ["FB:kcwQs9h6ZMqDRUaYq2hRu9mHBgeQ"] }
        """;

    // "Run transactions", "Rollback a transaction".
    public const string Rollback = """
        { "data": { "fields": [], "values": [] }, "bookmarks": [] }
        """;

    // "Query the database", "Error handling": a failed statement still answers with an errors array.
    public const string SyntaxError = """
        {
          "errors": [{
            "code": "Neo.ClientError.Statement.SyntaxError",
            "message": "Invalid input 'MATC': expected 'MATCH' (line 1, column 1 (offset: 0))"
          }]
        }
        """;

    // "Run transactions", "Transaction expiration": a request to a transaction that timed out (60 s idle) is a 404.
    public const string TransactionNotFound = """
        {
          "errors": [{
            "code": "Neo.ClientError.Request.Invalid",
            "message": "Transaction with Id: \"d7fa2f2d4c43f3a1\" was not found. It may have timed out and therefore rolled back or the routing header neo4j-cluster-affinity was not provided."
          }]
        }
        """;

    // "Authentication and authorization": wrong credentials are a 401 with this error.
    public const string Unauthorized = """
        { "errors": [{ "code": "Neo.ClientError.Security.Unauthorized", "message": "Invalid credential." }] }
        """;

    // Not a documentation example: the same errors shape with one of Neo4j's transient status codes.
    public const string Deadlock = """
        {
          "errors": [{
            "code": "Neo.TransientError.Transaction.DeadlockDetected",
            "message": "ForsetiClient[transactionId=12, clientId=3] can't acquire ExclusiveLock{owner=ForsetiClient[transactionId=11, clientId=2]}"
          }]
        }
        """;
}
