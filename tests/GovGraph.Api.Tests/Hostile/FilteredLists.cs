using System.Text;
using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Hostile;

/// <summary>
/// Every list field of the schema that takes a <c>where</c> filter with <c>nameContains</c>, found by
/// introspection (so a list added later is covered without touching the tests), as one query that filters all of
/// them with the variable <c>$text</c> through <c>nodes(ids:)</c>, on the seeded node of each type with the most
/// relationships (so the unfiltered lists are not empty).
/// </summary>
internal sealed record FilteredLists(string Query, IReadOnlyList<string> Ids, IReadOnlyList<string> Fields)
{
    private const string Introspection = """
        { __schema { types { name kind
            fields { name args { name type { name kind ofType { name kind } } } }
            inputFields { name } } } }
        """;

    public static async Task<FilteredLists> FindAsync(HttpClient client)
    {
        var types = (await client.PostAsync(Introspection)).AssertNoErrors().Data["__schema"]!["types"]!.AsArray()
            .Select(t => t!.AsObject()).ToList();
        var filters = types
            .Where(t => t["kind"]!.GetValue<string>() == "INPUT_OBJECT"
                && t["inputFields"]!.AsArray().Any(f => f!["name"]!.GetValue<string>() == "nameContains"))
            .Select(t => t["name"]!.GetValue<string>())
            .ToHashSet(StringComparer.Ordinal);

        var facts = SeededFacts.Get;
        var degree = facts.Current.SelectMany(r => new[] { r.StartId, r.EndId }).CountBy(id => id).ToDictionary();
        var selections = new StringBuilder();
        var ids = new List<string>();
        var fields = new List<string>();
        foreach (var type in types.Where(t => t["kind"]!.GetValue<string>() == "OBJECT" && t["fields"] is JsonArray))
        {
            var name = type["name"]!.GetValue<string>();
            var filtered = type["fields"]!.AsArray()
                .Where(f => f!["args"]!.AsArray().Any(a => a!["name"]!.GetValue<string>() == "where" && filters.Contains(TypeName(a["type"]!))))
                .Select(f => f!["name"]!.GetValue<string>())
                .ToList();
            if (filtered.Count == 0 || name == "Query")
            {
                continue;
            }

            var node = facts.OfLabel(name).MaxBy(n => degree.GetValueOrDefault(n.Id))
                ?? throw new InvalidOperationException($"No seeded {name} to filter the lists of.");
            ids.Add(node.Id);
            selections.Append("... on ").Append(name).Append(" {");
            foreach (var field in filtered)
            {
                selections.Append($" {name}_{field}: {field}(where: {{ nameContains: $text }}) {{ totalCount nodes {{ id }} }}");
                fields.Add($"{name}.{field}");
            }

            selections.Append(" }\n");
        }

        var query = $$"""
            query Filtered($ids: [ID!]!, $text: String) {
              townships(where: { nameContains: $text }) { id }
              nodes(ids: $ids) { id
            {{selections}}  }
            }
            """;
        fields.Add("Query.townships");
        return new FilteredLists(query, ids, fields);
    }

    private static string TypeName(JsonNode type) =>
        type["name"]?.GetValue<string>() ?? TypeName(type["ofType"]!);
}
