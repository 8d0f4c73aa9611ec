using GovGraph.Domain.Model;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// Coverage figures of many org units in one statement. Each label's nodes are read once, by (label, path)
/// ranges of the outermost requested units, and summed per placing parent (a few thousand party groups rather
/// than ~100k households); each unit then adds up the parents inside its own path range. So the city with
/// its townships costs one pass over the county, not two.
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
            -- Materialised so each person's links are counted once, not once per use of the count.
            people AS MATERIALIZED (
                SELECT p.parent_seq AS parent,
                       json_type(p.props, '$.partyMember') = 'true' AS member,
                       (SELECT COUNT(*) FROM rels r
                        WHERE r.start_seq = p.seq AND r.type = {links} AND {valid}) AS links
                FROM tops t
                CROSS JOIN nodes p ON p.label = {person} AND p.path >= t.lo AND p.path < t.hi
            ),
            rows AS (
                SELECT h.parent_seq AS parent, 1 AS households,
                       EXISTS (SELECT 1 FROM rels r WHERE r.end_seq = h.seq AND r.type = {links} AND {valid}) AS linked,
                       0 AS members, 0 AS linking, 0 AS most, 0 AS central
                FROM tops t
                CROSS JOIN nodes h ON h.label = {household} AND h.path >= t.lo AND h.path < t.hi
                UNION ALL
                SELECT parent, 0, 0, member, links > 0, links, 0 FROM people
                UNION ALL
                SELECT c.parent_seq, 0, 0, 0, 0, 0, 1
                FROM tops t
                CROSS JOIN nodes c ON c.label = {central} AND c.path >= t.lo AND c.path < t.hi
            ),
            per_parent AS (
                SELECT g.path AS path, x.households, x.linked, x.members, x.linking, x.most, x.central
                FROM (
                    SELECT parent, SUM(households) AS households, SUM(linked) AS linked, SUM(members) AS members,
                           SUM(linking) AS linking, MAX(most) AS most, SUM(central) AS central
                    FROM rows
                    GROUP BY parent
                ) x
                CROSS JOIN nodes g ON g.seq = x.parent
            )
            SELECT u.id,
                   COALESCE(SUM(p.households), 0), COALESCE(SUM(p.linked), 0), COALESCE(SUM(p.members), 0),
                   COALESCE(SUM(p.linking), 0), COALESCE(MAX(p.most), 0),
                   COALESCE(SUM(p.central), 0) + (u.label = {central})
            FROM units u
            LEFT JOIN per_parent p ON p.path >= u.lo AND p.path < u.hi
            GROUP BY u.seq, u.id, u.label;
            """;
    }
}
