using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GovGraph.Storage.Seeding;

namespace GovGraph.Storage.Tests.Seeding;

/// <summary>
/// The generated county, indexed for LINQ questions. Figures are computed here from nodes and relationships
/// only, never from the generator's internals.
/// </summary>
public sealed class NingguoDataset
{
    public NingguoDataset()
        : this(NingguoGenerator.Generate())
    {
    }

    private NingguoDataset(GraphWriteBatch batch)
    {
        Batch = batch;
        NodesById = batch.CreateNodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        ByType = batch.CreateRelationships.ToLookup(r => r.Type, StringComparer.Ordinal);
        VillageOfGroup = Rels(RelTypes.Oversees)
            .Where(r => Label(r.StartId) == Labels.Village && Label(r.EndId) == Labels.PartyGroup)
            .ToDictionary(r => r.EndId, r => r.StartId, StringComparer.Ordinal);
        GroupOfHousehold = Rels(RelTypes.Covers)
            .GroupBy(r => r.EndId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().StartId, StringComparer.Ordinal);
    }

    public GraphWriteBatch Batch { get; }

    public static NingguoDataset Of(GraphWriteBatch batch) => new(batch);

    public IReadOnlyDictionary<string, GraphNode> NodesById { get; }

    public ILookup<string, GraphRelationship> ByType { get; }

    public IReadOnlyDictionary<string, string> VillageOfGroup { get; }

    public IReadOnlyDictionary<string, string> GroupOfHousehold { get; }

    public IEnumerable<GraphNode> Nodes(string label) => Batch.CreateNodes.Where(n => n.Label == label);

    public IEnumerable<GraphRelationship> Rels(string type) => ByType[type];

    public string? Label(string id) => NodesById.TryGetValue(id, out var node) ? node.Label : null;

    public GraphNode Village(string name) => Nodes(Labels.Village).Single(v => v.Name == name);

    public IEnumerable<string> GroupsOf(string villageId) =>
        VillageOfGroup.Where(kv => kv.Value == villageId).Select(kv => kv.Key);

    public IEnumerable<GraphNode> HouseholdsOf(string villageId)
    {
        var groups = GroupsOf(villageId).ToHashSet(StringComparer.Ordinal);
        return Rels(RelTypes.Covers).Where(r => groups.Contains(r.StartId)).Select(r => NodesById[r.EndId]);
    }

    public IEnumerable<string> MembersOf(string villageId)
    {
        var groups = GroupsOf(villageId).ToHashSet(StringComparer.Ordinal);
        return Rels(RelTypes.MemberOf).Where(r => groups.Contains(r.EndId)).Select(r => r.StartId).Distinct();
    }

    /// <summary>The village a party member belongs to, through the group they are a member of.</summary>
    public IReadOnlyDictionary<string, string> VillageOfMember() =>
        Rels(RelTypes.MemberOf).ToDictionary(r => r.StartId, r => VillageOfGroup[r.EndId], StringComparer.Ordinal);

    /// <summary>A SHA-256 over every node and relationship with its properties, in batch order.</summary>
    public static string Fingerprint(GraphWriteBatch batch)
    {
        var text = new StringBuilder();
        foreach (var node in batch.CreateNodes)
        {
            text.Append("N|").Append(node.Id).Append('|').Append(node.Label);
            AppendProperties(text, node.Properties);
        }

        foreach (var rel in batch.CreateRelationships)
        {
            text.Append("R|").Append(rel.Id).Append('|').Append(rel.Type).Append('|')
                .Append(rel.StartId).Append('|').Append(rel.EndId);
            AppendProperties(text, rel.Properties);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void AppendProperties(StringBuilder text, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append('|').Append(key).Append('=').Append(value switch
            {
                null => "null",
                bool b => b ? "true" : "false",
                string[] items => string.Join('\u001f', items),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            });
        }

        text.Append('\n');
    }
}
