namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// The change log as an outbox in the graph: one <c>GgChange</c> node per event, written in the same transaction as
/// the change, with its cursor from the <c>changes</c> counter node (see <see cref="SequenceCypher"/>), so cursors
/// are contiguous and in commit order. <c>scope</c> holds the ids of the nodes an event is "under" (its placement
/// ancestors at commit), which <c>Under</c> filters on.
/// </summary>
internal static class ChangeLogCypher
{
    /// <summary>
    /// Appends events (rows of <c>{ type, at, atMs, actor, commitId, nodeId, label, payload, scope }</c>): reserves
    /// the cursors and creates the nodes in one statement. Returns <c>cursor</c> per event, in order.
    /// </summary>
    public static CypherStatement Append(IReadOnlyList<IReadOnlyDictionary<string, object?>> events)
    {
        var parameters = new CypherParameters();
        var eventsRef = parameters.Named("events", events);
        var counter = parameters.Named("counter", SequenceCypher.ChangeCursor);
        return parameters.Statement($$"""
            MERGE (c:{{CypherNames.CounterLabel}} {name: {{counter}}})
            SET c.value = coalesce(c.value, 0) + size({{eventsRef}})
            WITH c.value - size({{eventsRef}}) AS base
            UNWIND range(0, size({{eventsRef}}) - 1) AS i
            CREATE (e:{{CypherNames.ChangeLabel}})
            SET e = {{eventsRef}}[i], e.cursor = base + i + 1
            RETURN e.cursor AS cursor
            ORDER BY cursor
            """);
    }

    /// <summary>
    /// A page of events after a cursor (First + 1 rows), optionally under a node, within the caller's scope (its id in
    /// the event's scope too) and of some types. Returns <c>e</c>.
    /// </summary>
    public static CypherStatement Read(long after, int first, string? under, IReadOnlyCollection<string>? types, string? within = null)
    {
        var parameters = new CypherParameters();
        var afterRef = parameters.Named("after", after);
        return Page(parameters, $"e.cursor > {afterRef}", "e.cursor", first, under, types, within);
    }

    /// <summary>
    /// The same backwards: the newest First + 1 events below a cursor (below none: the newest of all), newest first.
    /// Returns <c>e</c>.
    /// </summary>
    public static CypherStatement ReadBefore(long before, int first, string? under, IReadOnlyCollection<string>? types, string? within = null)
    {
        var parameters = new CypherParameters();
        var condition = before > 0 ? $"e.cursor < {parameters.Named("before", before)}" : null;
        return Page(parameters, condition, "e.cursor DESC", first, under, types, within);
    }

    private static CypherStatement Page(
        CypherParameters parameters, string? cursorCondition, string order, int first, string? under, IReadOnlyCollection<string>? types, string? within)
    {
        var limit = parameters.Named("limit", (long)first + 1);
        var conditions = new List<string>();
        if (cursorCondition is not null)
        {
            conditions.Add(cursorCondition);
        }
        if (under is not null)
        {
            conditions.Add($"{parameters.Named("under", under)} IN e.scope");
        }

        if (within is not null)
        {
            conditions.Add($"{parameters.Named("within", within)} IN e.scope");
        }

        if (types is not null)
        {
            conditions.Add($"e.type IN {parameters.Named("types", types.ToList())}");
        }

        var where = conditions.Count == 0 ? "true" : string.Join(" AND ", conditions);
        return parameters.Statement($"""
            MATCH (e:{CypherNames.ChangeLabel})
            WHERE {where}
            RETURN e
            ORDER BY {order}
            LIMIT {limit}
            """);
    }

    /// <summary>The newest cursor and how far pruning has gone. Returns <c>latest</c>, <c>prunedThrough</c>.</summary>
    public static CypherStatement Info()
    {
        var parameters = new CypherParameters();
        var latest = parameters.Named("latestCounter", SequenceCypher.ChangeCursor);
        var pruned = parameters.Named("prunedCounter", SequenceCypher.PrunedThrough);
        return parameters.Statement($$"""
            OPTIONAL MATCH (l:{{CypherNames.CounterLabel}} {name: {{latest}}})
            OPTIONAL MATCH (p:{{CypherNames.CounterLabel}} {name: {{pruned}}})
            RETURN coalesce(l.value, 0) AS latest, coalesce(p.value, 0) AS prunedThrough
            """);
    }

    /// <summary>
    /// Removes the events older than a time, as one prefix of the log (events are in time order by cursor), and
    /// records the last pruned cursor. Returns <c>removed</c>.
    /// </summary>
    public static CypherStatement Prune(long olderThanMs)
    {
        var parameters = new CypherParameters();
        var cutoff = parameters.Named("cutoff", olderThanMs);
        var pruned = parameters.Named("prunedCounter", SequenceCypher.PrunedThrough);
        return parameters.Statement($$"""
            OPTIONAL MATCH (old:{{CypherNames.ChangeLabel}})
            WHERE old.atMs < {{cutoff}}
            WITH max(old.cursor) AS through
            CALL (through) {
                MATCH (e:{{CypherNames.ChangeLabel}})
                WHERE through IS NOT NULL AND e.cursor <= through
                DETACH DELETE e
                RETURN count(*) AS removed
            }
            FOREACH (t IN CASE WHEN through IS NULL THEN [] ELSE [through] END |
                MERGE (p:{{CypherNames.CounterLabel}} {name: {{pruned}}})
                SET p.value = CASE WHEN coalesce(p.value, 0) > t THEN p.value ELSE t END)
            RETURN removed
            """);
    }

    /// <summary>An idempotency record: returns <c>result</c> (no row when absent).</summary>
    public static CypherStatement GetIdempotent(string key)
    {
        var parameters = new CypherParameters();
        var keyRef = parameters.Named("key", key);
        return parameters.Statement($$"""
            MATCH (i:GgIdempotency {key: {{keyRef}}})
            RETURN i.result AS result
            """);
    }

    public static CypherStatement SaveIdempotent(string key, string result, long atMs)
    {
        var parameters = new CypherParameters();
        var keyRef = parameters.Named("key", key);
        var resultRef = parameters.Named("result", result);
        var at = parameters.Named("atMs", atMs);
        return parameters.Statement($$"""
            MERGE (i:GgIdempotency {key: {{keyRef}}})
            SET i.result = {{resultRef}}, i.atMs = {{at}}
            """);
    }

    /// <summary>Removes idempotency records older than a time. Returns <c>removed</c>.</summary>
    public static CypherStatement PruneIdempotent(long olderThanMs)
    {
        var parameters = new CypherParameters();
        var cutoff = parameters.Named("cutoff", olderThanMs);
        return parameters.Statement($"""
            MATCH (i:GgIdempotency)
            WHERE i.atMs < {cutoff}
            DELETE i
            RETURN count(*) AS removed
            """);
    }
}
