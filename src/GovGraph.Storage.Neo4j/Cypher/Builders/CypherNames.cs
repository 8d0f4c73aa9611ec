using System.Reflection;
using GovGraph.Domain.Model;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// The only names ever spliced into Cypher text: labels, relationship types and property names from the model,
/// plus this backend's own bookkeeping names. Anything else is refused (labels, types) or goes through a
/// parameter as a dynamic property access <c>n[$p]</c> (property names).
/// </summary>
internal static class CypherNames
{
    /// <summary>A second label on every graph node, so a lookup by id alone uses one uniqueness constraint.</summary>
    public const string NodeLabel = "GgNode";

    /// <summary>The maintained placement: one current relationship from each placed node to its parent.</summary>
    public const string PlacedUnder = "PLACED_UNDER";

    /// <summary>Insertion order of nodes and relationships (from the sequence counter).</summary>
    public const string Seq = "gg_seq";

    public const string Version = "gg_version";

    /// <summary>
    /// The materialised placement path: the <c>gg_seq</c> of every ancestor and of the node itself, root first, as
    /// <c>/1/12/345/</c>, so "at or under X" is the index range <c>n.gg_path STARTS WITH x.gg_path</c>.
    /// </summary>
    public const string Path = "gg_path";

    /// <summary>How many ancestors a node has by placement (the city: 0), so depth below X is a subtraction.</summary>
    public const string Depth = "gg_depth";

    public const string Id = "id";

    public const string ChangeLabel = "GgChange";

    public const string CounterLabel = "GgCounter";

    /// <summary>API keys: outside the graph (no <see cref="NodeLabel"/>), so graph reads and replacing the graph never touch them.</summary>
    public const string ApiKeyLabel = "GgApiKey";

    /// <summary>How many placement levels a walk up may span (the county has six; headroom for growth).</summary>
    public const int MaxPlacementDepth = 8;

    private static readonly HashSet<string> KnownProperties = typeof(Props)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static string Label(string label) =>
        Labels.IsStorable(label) ? label : throw new ArgumentException($"Unknown label '{label}'.", nameof(label));

    public static string RelType(string type) =>
        RelTypes.IsStorable(type) ? type : throw new ArgumentException($"Unknown relationship type '{type}'.", nameof(type));

    public static bool IsKnownProperty(string name) => KnownProperties.Contains(name);
}
