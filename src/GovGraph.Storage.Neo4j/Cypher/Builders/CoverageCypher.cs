using GovGraph.Domain.Model;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// Coverage figures of many org units: per unit, its households and people by the placement path range (index-backed,
/// no walk of the subtree), with current <c>LINKS</c> only. Returns <c>id</c>, <c>households</c>, <c>linked</c>, <c>members</c>,
/// <c>linking</c>, <c>most</c>, <c>central</c>.
/// </summary>
internal static class CoverageCypher
{
    public static CypherStatement Build(IReadOnlyCollection<string> unitIds, DateOnly today)
    {
        var cypher = new CypherCriteria(new CypherParameters(), today);
        var idsRef = cypher.Parameters.Named("ids", unitIds.Distinct(StringComparer.Ordinal).ToList());
        var valid = cypher.ValidAt("l", null);
        string Under(string v, string label) =>
            $"({v}:{label}) WHERE {v}.{CypherNames.Path} STARTS WITH u.{CypherNames.Path}";
        return cypher.Parameters.Statement($$"""
            UNWIND {{idsRef}} AS id
            MATCH (u:{{CypherNames.NodeLabel}} {{{CypherNames.Id}}: id})
            WHERE u:{{string.Join("|", Labels.OrgUnits.Select(CypherNames.Label))}}
            CALL (u) {
                OPTIONAL MATCH {{Under("h", Labels.Household)}}
                RETURN count(h) AS households,
                       count(CASE WHEN EXISTS { MATCH ()-[l:{{RelTypes.Links}}]->(h) WHERE {{valid}} } THEN 1 END) AS linked
            }
            CALL (u) {
                OPTIONAL MATCH {{Under("p", Labels.Person)}}
                WITH p, COUNT { MATCH (p)-[l:{{RelTypes.Links}}]->() WHERE {{valid}} } AS links
                RETURN count(CASE WHEN p.{{Props.PartyMember}} = true THEN 1 END) AS members,
                       count(CASE WHEN links > 0 THEN 1 END) AS linking,
                       coalesce(max(links), 0) AS most
            }
            CALL (u) {
                OPTIONAL MATCH {{Under("c", Labels.CentralHousehold)}}
                RETURN count(c) AS central
            }
            RETURN id, households, linked, members, linking, most, central
            """);
    }
}
