using System.Globalization;
using GovGraph.Domain.Model;

namespace GovGraph.Storage.Tests;

/// <summary>
/// Nodes and relationships as comparable text, with each property value's type spelled out, so that
/// "the same graph" also means "the same property types" (a long 3 is not a double 3.0).
/// </summary>
public static class GraphText
{
    public static string Of(GraphNode node) => $"{node.Id} :{node.Label} {Of(node.Properties)}";

    public static string Of(GraphRelationship r) => $"{r.Id} ({r.StartId})-[:{r.Type}]->({r.EndId}) {Of(r.Properties)}";

    public static List<string> Of(IEnumerable<GraphNode> nodes) => nodes.Select(Of).ToList();

    public static List<string> Of(IEnumerable<GraphRelationship> relationships) => relationships.Select(Of).ToList();

    public static async Task<List<string>> NodesAsync(IGraphStore store) =>
        Of(await store.ReadAllNodesAsync(CancellationToken.None).ToListAsync());

    public static async Task<List<string>> RelationshipsAsync(IGraphStore store) =>
        Of(await store.ReadAllRelationshipsAsync(CancellationToken.None).ToListAsync());

    private static string Of(IReadOnlyDictionary<string, object?> properties) =>
        "{" + string.Join(", ", properties
            .Where(p => p.Value is not null)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}: {Value(p.Value!)}")) + "}";

    private static string Value(object value) => value switch
    {
        string s => $"string \"{s}\"",
        long l => $"long {l.ToString(CultureInfo.InvariantCulture)}",
        double d => $"double {d.ToString("R", CultureInfo.InvariantCulture)}",
        bool b => $"bool {b}",
        IEnumerable<string> list => $"string[] [{string.Join(", ", list.Select(s => $"\"{s}\""))}]",
        _ => $"{value.GetType().Name} {value}",
    };
}
