using System.Globalization;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// The <c>MATCH … WHERE …</c> that binds <c>n</c> (and <c>depth</c>, its levels below <c>Under</c>, or null) to the
/// nodes matching a criteria. "Under" is a bounded variable-length walk up the maintained placement relationships.
/// </summary>
internal static class NodeMatch
{
    public static string For(NodeCriteria criteria, CypherCriteria cypher, string? extraCondition = null)
    {
        // The caller's scope alone walks down from its unit like Under does; by ids, the id index finds the few
        // nodes and the scope is checked on each by a short walk up (as it is beside Under).
        var fromScope = criteria is { Under: null, Within: not null, Ids: null };
        var where = cypher.Predicate(criteria, "n", withWithin: !fromScope);
        if (extraCondition is not null)
        {
            where = where == "true" ? extraCondition : where + "\n  AND " + extraCondition;
        }

        if (fromScope)
        {
            return $$"""
                MATCH (w:{{CypherNames.NodeLabel}} {{{CypherNames.Id}}: {{cypher.Parameters.Add(criteria.Within)}}})
                MATCH (w)<-[:{{CypherNames.PlacedUnder}}*0..{{CypherNames.MaxPlacementDepth}}]-(n:{{CypherNames.NodeLabel}})
                WHERE {{where}}
                WITH n, null AS depth
                """;
        }

        if (criteria.Under is null)
        {
            return $"""
                MATCH (n:{CypherNames.NodeLabel})
                WHERE {where}
                WITH n, null AS depth
                """;
        }

        var min = Math.Max(0, criteria.MinDepth ?? 0);
        var max = Math.Min(CypherNames.MaxPlacementDepth, criteria.MaxDepth ?? CypherNames.MaxPlacementDepth);
        if (max < min)
        {
            // An empty depth range: a pattern that can match nothing keeps one statement shape.
            return $"""
                MATCH (n:{CypherNames.NodeLabel})
                WHERE false
                WITH n, null AS depth
                """;
        }

        // Bounds are integers computed here (not input text), and Cypher needs them literal in the pattern.
        var range = min.ToString(CultureInfo.InvariantCulture) + ".." + max.ToString(CultureInfo.InvariantCulture);
        return $$"""
            MATCH (u:{{CypherNames.NodeLabel}} {{{CypherNames.Id}}: {{cypher.Parameters.Add(criteria.Under)}}})
            MATCH placement = (u)<-[:{{CypherNames.PlacedUnder}}*{{range}}]-(n:{{CypherNames.NodeLabel}})
            WHERE {{where}}
            WITH n, length(placement) AS depth
            """;
    }
}
