using GovGraph.Domain.Model;
using GovGraph.Storage.Seeding;

namespace GovGraph.Api.Tests.Infrastructure;

/// <summary>
/// Independent answers about the seeded county, computed with LINQ straight from the generator's output (not
/// through any store), to compare the API's answers against.
/// </summary>
public static class SeededFacts
{
    private static readonly Lazy<Facts> Instance = new(() => new Facts(NingguoGenerator.Generate()));

    public static Facts Get => Instance.Value;

    public sealed class Facts
    {
        public Facts(Storage.GraphWriteBatch batch)
        {
            Nodes = batch.CreateNodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
            Relationships = batch.CreateRelationships;
            Current = batch.CreateRelationships.Where(r => r.GetString(Props.Until) is null).ToList();
            Children = Current.Where(r => r.Type == RelTypes.Oversees).ToLookup(r => r.StartId, r => r.EndId);
            GroupOfHousehold = Current.Where(r => r.Type == RelTypes.Covers).ToDictionary(r => r.EndId, r => r.StartId);
            Linked = Current.Where(r => r.Type == RelTypes.Links).Select(r => r.EndId).ToHashSet(StringComparer.Ordinal);
        }

        public IReadOnlyDictionary<string, GraphNode> Nodes { get; }

        /// <summary>Every relationship, ended ones included.</summary>
        public IReadOnlyList<GraphRelationship> Relationships { get; }

        /// <summary>The relationships that hold today (no <c>until</c>).</summary>
        public IReadOnlyList<GraphRelationship> Current { get; }

        public ILookup<string, string> Children { get; }

        public IReadOnlyDictionary<string, string> GroupOfHousehold { get; }

        public IReadOnlySet<string> Linked { get; }

        /// <summary>Org units under a unit (itself included) over OVERSEES.</summary>
        public IEnumerable<string> UnitsUnder(string unit) => new[] { unit }.Concat(Children[unit].SelectMany(UnitsUnder));

        public IReadOnlyList<string> HouseholdsUnder(string unit)
        {
            var groups = UnitsUnder(unit).ToHashSet(StringComparer.Ordinal);
            return GroupOfHousehold.Where(p => groups.Contains(p.Value)).Select(p => p.Key).ToList();
        }

        public int UnassignedUnder(string unit) => HouseholdsUnder(unit).Count(h => !Linked.Contains(h));

        public IEnumerable<GraphNode> OfLabel(string label) => Nodes.Values.Where(n => n.Label == label);
    }
}
