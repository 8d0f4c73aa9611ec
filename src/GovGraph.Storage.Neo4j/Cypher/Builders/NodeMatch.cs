namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// The <c>MATCH … WHERE …</c> that binds <c>n</c> (and <c>depth</c>, its levels below <c>Under</c>, or null) to the
/// nodes matching a criteria. "Under" is a prefix range on the materialised placement path
/// (<see cref="CypherNames.Path"/>, range-indexed), so a city-scoped caller reads an index range instead of walking
/// the subtree. Name search starts from the full-text index when it can (<see cref="NameSearch"/>).
/// </summary>
internal static class NodeMatch
{
    public static string For(NodeCriteria criteria, CypherCriteria cypher, string? extraCondition = null)
    {
        // The caller's scope alone is a path range like Under; by ids, the id index finds the few nodes and the
        // scope is checked on each (as it is beside Under).
        var fromScope = criteria is { Under: null, Within: not null, Ids: null };
        var search = NameSearch.IndexQuery(criteria.NameContains);
        var where = cypher.Predicate(criteria, "n", withWithin: !fromScope);
        var start = search is null
            ? $"MATCH (n:{CypherNames.NodeLabel})"
            : $"CALL db.index.fulltext.queryNodes('{NameSearch.IndexName}', {cypher.Parameters.Named("search", search)}) YIELD node AS n";
        var conditions = new List<string>();
        if (search is not null)
        {
            // The index is by model label; only graph nodes count (as on a MATCH of the graph label).
            conditions.Add($"n:{CypherNames.NodeLabel}");
        }

        string depth;
        if (fromScope)
        {
            start = $"MATCH (w:{CypherNames.NodeLabel} {{{CypherNames.Id}: {cypher.Parameters.Add(criteria.Within)}}})\n" + start;
            conditions.Add($"n.{CypherNames.Path} STARTS WITH w.{CypherNames.Path}");
            depth = "null";
        }
        else if (criteria.Under is null)
        {
            depth = "null";
        }
        else
        {
            var min = Math.Max(0, criteria.MinDepth ?? 0);
            if (criteria.MaxDepth is int max && max < min)
            {
                // An empty depth range: a pattern that can match nothing keeps one statement shape.
                return $"""
                    MATCH (n:{CypherNames.NodeLabel})
                    WHERE false
                    WITH n, null AS depth
                    """;
            }

            start = $"MATCH (u:{CypherNames.NodeLabel} {{{CypherNames.Id}: {cypher.Parameters.Add(criteria.Under)}}})\n" + start;
            conditions.Add($"n.{CypherNames.Path} STARTS WITH u.{CypherNames.Path}");
            if (min > 0)
            {
                conditions.Add($"n.{CypherNames.Depth} >= u.{CypherNames.Depth} + {cypher.Parameters.Add((long)min)}");
            }

            if (criteria.MaxDepth is int upTo)
            {
                conditions.Add($"n.{CypherNames.Depth} <= u.{CypherNames.Depth} + {cypher.Parameters.Add((long)upTo)}");
            }

            depth = $"n.{CypherNames.Depth} - u.{CypherNames.Depth}";
        }

        if (where != "true")
        {
            conditions.Add(where);
        }

        if (extraCondition is not null)
        {
            conditions.Add(extraCondition);
        }

        var filter = conditions.Count == 0 ? "true" : string.Join("\n  AND ", conditions);
        return $"""
            {start}
            WHERE {filter}
            WITH n, {depth} AS depth
            """;
    }
}
