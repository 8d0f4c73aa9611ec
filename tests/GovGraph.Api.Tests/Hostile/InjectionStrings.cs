namespace GovGraph.Api.Tests.Hostile;

/// <summary>
/// Text that means something to SQL, SQLite FTS5, Cypher, LIKE or a template engine, by a readable name. None of
/// it occurs in a seeded name, so any filter or search that treats it as text finds nothing; one that let the
/// store interpret it would match (FTS column and prefix syntax, LIKE wildcards) or fail (unbalanced quotes).
/// </summary>
internal static class InjectionStrings
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["sql or-true"] = "' OR 1=1 --",
        ["sql drop-table double-quoted"] = "\"; DROP TABLE nodes; --",
        ["sql drop-table single-quoted"] = "'; DROP TABLE nodes; --",
        ["sql union"] = "' UNION SELECT id, props FROM nodes --",
        ["cypher return"] = "') RETURN n //",
        ["cypher detach-delete"] = "MATCH (n) DETACH DELETE n",
        ["cypher map-break"] = "\"}) MATCH (n) DETACH DELETE n //",
        ["like percent"] = "%",
        ["like underscore"] = "_",
        ["like percent-chinese"] = "%村",
        ["backslash"] = "\\",
        ["star"] = "*",
        ["unterminated quote"] = "\"unterminated",
        ["fts near"] = "NEAR(a b)",
        ["fts or"] = "a OR b",
        ["fts column"] = "col:value",
        ["fts name-column"] = "name:山门",
        ["fts caret"] = "^x",
        ["fts prefix"] = "山门*",
        ["fts or-chinese"] = "山门 OR 村",
        ["jndi"] = "${jndi:ldap://x}",
        ["template"] = "{{7*7}}",
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys)
        {
            data.Add(name);
        }

        return data;
    }
}
