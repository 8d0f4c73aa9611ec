using GovGraph.Domain.Model;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// Coverage figures of many org units in one statement. The org units inside the outermost requested units are
/// read once by their (label, path) ranges, and each sums the nodes it places directly, through the
/// (parent_seq, label) index: no sort, no table read for households. Each requested unit then adds up the
/// parents inside its own path range, so the city with its townships costs one pass over the county, not two.
/// </summary>
internal static class CoverageSql
{
    /// <summary>The statement; its values are parameters of <paramref name="sql"/> plus <c>@ids</c>.</summary>
    public static string Build(CriteriaSql sql)
    {
        var links = sql.Parameter(RelTypes.Links);
        var household = sql.Parameter(Labels.Household);
        var person = sql.Parameter(Labels.Person);
        var central = sql.Parameter(Labels.CentralHousehold);
        var units = string.Join(", ", Labels.OrgUnits.Select(l => sql.Parameter(l)));
        var valid = sql.ValidAt("r", null);
        return $"""
            WITH units AS (
                SELECT u.seq AS seq, u.id AS id, u.label AS label, u.path AS lo,
                       substr(u.path, 1, length(u.path) - 1) || '0' AS hi
                FROM nodes u
                WHERE u.id IN (SELECT value FROM json_each(@ids)) AND u.path IS NOT NULL
            ),
            tops AS (
                SELECT t.lo AS lo, t.hi AS hi FROM units t
                WHERE NOT EXISTS (SELECT 1 FROM units o WHERE o.lo < t.lo AND t.lo < o.hi)
            ),
            parents AS MATERIALIZED (
                SELECT g.path AS path,
                    (SELECT COUNT(*) FROM nodes h WHERE h.parent_seq = g.seq AND h.label = {household}) AS households,
                    (SELECT COUNT(*) FROM nodes h WHERE h.parent_seq = g.seq AND h.label = {household}
                       AND EXISTS (SELECT 1 FROM rels r WHERE r.end_seq = h.seq AND r.type = {links} AND {valid})) AS linked,
                    (SELECT COUNT(*) FROM nodes x WHERE x.parent_seq = g.seq AND x.label = {person}
                       AND json_type(x.props, '$.partyMember') = 'true') AS members,
                    (SELECT COUNT(*) FROM nodes x WHERE x.parent_seq = g.seq AND x.label = {person}
                       AND EXISTS (SELECT 1 FROM rels r WHERE r.start_seq = x.seq AND r.type = {links} AND {valid})) AS linking,
                    (SELECT MAX((SELECT COUNT(*) FROM rels r WHERE r.start_seq = x.seq AND r.type = {links} AND {valid}))
                       FROM nodes x WHERE x.parent_seq = g.seq AND x.label = {person}) AS most,
                    (SELECT COUNT(*) FROM nodes c WHERE c.parent_seq = g.seq AND c.label = {central}) AS central
                FROM tops t
                CROSS JOIN nodes g ON g.label IN ({units}) AND g.path >= t.lo AND g.path < t.hi
            )
            SELECT u.id,
                   COALESCE(SUM(p.households), 0), COALESCE(SUM(p.linked), 0), COALESCE(SUM(p.members), 0),
                   COALESCE(SUM(p.linking), 0), COALESCE(MAX(p.most), 0),
                   COALESCE(SUM(p.central), 0) + (u.label = {central})
            FROM units u
            LEFT JOIN parents p ON p.path >= u.lo AND p.path < u.hi
            GROUP BY u.seq, u.id, u.label;
            """;
    }
}
