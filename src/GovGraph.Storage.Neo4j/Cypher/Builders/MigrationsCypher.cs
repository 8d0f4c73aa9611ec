using GovGraph.Domain.Model;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// The schema, created idempotently at start (<c>IF NOT EXISTS</c>): a uniqueness constraint on <c>id</c> per
/// label (and on the shared <c>GgNode</c> label, for lookups by id alone), indexes on insertion order (of nodes, and
/// of relationships per type, which export pages by), on the materialised placement path (on the graph label and per
/// label, so "households under X" is one label's index range; range indexes, which seek <c>STARTS WITH</c> on a
/// prefix held in another node's property, where a text index needs a value the planner knows to be a string), on the
/// properties the API filters on, a full-text index on names with the <c>cjk</c> analyzer (search, over every
/// storable label; it replaces <c>gg_names</c>, which left the case labels out), and the change log's, counters' and
/// API keys' keys. Schema commands take no parameters.
/// </summary>
internal static class MigrationsCypher
{
    /// <summary>Properties the API filters or sorts on, per label.</summary>
    private static readonly (string Label, string Property)[] Filtered =
    [
        (Labels.Township, Props.DivisionType),
        (Labels.Village, Props.KeyVillage),
        (Labels.Village, Props.BranchType),
        (Labels.Village, Props.Name),
        (Labels.Township, Props.Name),
        (Labels.PartyGroup, Props.Name),
        (Labels.Person, Props.Name),
        (Labels.Person, Props.PartyMember),
        (Labels.Person, Props.Category),
        (Labels.Household, Props.HeadName),
        (Labels.Household, Props.Size),
        (Labels.Venue, Props.Kind),
    ];

    public static IReadOnlyList<CypherStatement> All()
    {
        var statements = new List<string>
        {
            $"CREATE CONSTRAINT gg_node_id IF NOT EXISTS FOR (n:{CypherNames.NodeLabel}) REQUIRE n.{CypherNames.Id} IS UNIQUE",
            $"CREATE INDEX gg_node_seq IF NOT EXISTS FOR (n:{CypherNames.NodeLabel}) ON (n.{CypherNames.Seq})",
            $"CREATE INDEX gg_node_path IF NOT EXISTS FOR (n:{CypherNames.NodeLabel}) ON (n.{CypherNames.Path})",
        };
        foreach (var label in Labels.Storable)
        {
            var l = CypherNames.Label(label);
            statements.Add($"CREATE CONSTRAINT gg_{l.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{l}) REQUIRE n.{CypherNames.Id} IS UNIQUE");
            statements.Add($"CREATE INDEX gg_{l.ToLowerInvariant()}_path IF NOT EXISTS FOR (n:{l}) ON (n.{CypherNames.Path})");
        }

        foreach (var (label, property) in Filtered)
        {
            var l = CypherNames.Label(label);
            statements.Add($"CREATE INDEX gg_{l.ToLowerInvariant()}_{property.ToLowerInvariant()} IF NOT EXISTS FOR (n:{l}) ON (n.{property})");
        }

        foreach (var type in RelTypes.Storable)
        {
            var t = CypherNames.RelType(type);
            statements.Add($"CREATE INDEX gg_rel_{t.ToLowerInvariant()}_id IF NOT EXISTS FOR ()-[r:{t}]-() ON (r.{CypherNames.Id})");
            statements.Add($"CREATE INDEX gg_rel_{t.ToLowerInvariant()}_seq IF NOT EXISTS FOR ()-[r:{t}]-() ON (r.{CypherNames.Seq})");
        }

        statements.Add("DROP INDEX gg_names IF EXISTS");
        statements.Add($"CREATE FULLTEXT INDEX {NameSearch.IndexName} IF NOT EXISTS FOR (n:{string.Join("|", Labels.Storable.Select(CypherNames.Label))}) "
            + $"ON EACH [n.{Props.Name}, n.{Props.HeadName}] OPTIONS {{indexConfig: {{`fulltext.analyzer`: 'cjk'}}}}");
        statements.Add($"CREATE CONSTRAINT gg_change_cursor IF NOT EXISTS FOR (e:{CypherNames.ChangeLabel}) REQUIRE e.cursor IS UNIQUE");
        statements.Add($"CREATE INDEX gg_change_at IF NOT EXISTS FOR (e:{CypherNames.ChangeLabel}) ON (e.atMs)");
        statements.Add($"CREATE CONSTRAINT gg_counter_name IF NOT EXISTS FOR (c:{CypherNames.CounterLabel}) REQUIRE c.name IS UNIQUE");
        statements.Add("CREATE CONSTRAINT gg_idempotency_key IF NOT EXISTS FOR (i:GgIdempotency) REQUIRE i.key IS UNIQUE");
        statements.Add($"CREATE CONSTRAINT gg_api_key_id IF NOT EXISTS FOR (k:{CypherNames.ApiKeyLabel}) REQUIRE k.{CypherNames.Id} IS UNIQUE");
        return statements.Select(s => new CypherStatement(s, new Dictionary<string, object?>())).ToList();
    }
}
