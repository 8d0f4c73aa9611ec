using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Editing;

/// <summary>
/// Appends an edit's change events with their scope. The scope of an event must name where things were before
/// the change as well as after it (a moved household is news under its old group too), and only the "before"
/// can be read before writing: so an edit first reads the ancestors of every node it will touch
/// (<see cref="PrepareAsync"/>), and the store adds the ancestors as they stand at commit.
/// </summary>
internal sealed class ChangeRecorder(IGraphWriteTransaction tx)
{
    private readonly Dictionary<string, IReadOnlyList<string>> _before = new(StringComparer.Ordinal);

    /// <summary>Reads the current ancestors of these nodes (once each); a node not stored yet has none.</summary>
    public async Task PrepareAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var missing = ids.Where(id => !_before.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var found = await tx.GetAncestorsAsync(missing, ct);
        foreach (var id in missing)
        {
            _before[id] = found.TryGetValue(id, out var ancestors) ? ancestors : [];
        }
    }

    /// <summary>The ancestors of a prepared node as they stood before the edit, nearest first.</summary>
    public IReadOnlyList<string> AncestorsOf(string id) =>
        _before.TryGetValue(id, out var ancestors)
            ? ancestors
            : throw new InvalidOperationException($"The ancestors of {id} were not read before the change.");

    public void NodeCreated(GraphNode node) => AppendNode(ChangeType.NodeCreated, node, null, node.Properties);

    public void NodeUpdated(GraphNode before, GraphNode after) =>
        AppendNode(ChangeType.NodeUpdated, after, before.Properties, after.Properties);

    public void NodeDeleted(GraphNode node) => AppendNode(ChangeType.NodeDeleted, node, node.Properties, null);

    public void RelationshipCreated(GraphRelationship relationship) =>
        AppendRelationship(ChangeType.RelationshipCreated, relationship, null, relationship.Properties);

    /// <summary>An unlink: the relationship stays, ended, so the event carries its properties before and after.</summary>
    public void RelationshipEnded(GraphRelationship before, GraphRelationship after) =>
        AppendRelationship(ChangeType.RelationshipDeleted, after, before.Properties, after.Properties);

    /// <summary>A relationship removed with a deleted node.</summary>
    public void RelationshipRemoved(GraphRelationship relationship) =>
        AppendRelationship(ChangeType.RelationshipDeleted, relationship, relationship.Properties, null);

    private void AppendNode(
        ChangeType type, GraphNode node, IReadOnlyDictionary<string, object?>? before, IReadOnlyDictionary<string, object?>? after) =>
        tx.Append(new NewChange(type, node.Id, node.Label, null, before, after, [node.Id], ScopeBefore(node.Id)));

    private void AppendRelationship(
        ChangeType type, GraphRelationship r, IReadOnlyDictionary<string, object?>? before, IReadOnlyDictionary<string, object?>? after) =>
        tx.Append(new NewChange(type, null, null, new RelationshipRef(r.Id, r.Type, r.StartId, r.EndId), before, after,
            [r.StartId, r.EndId], ScopeBefore(r.StartId, r.EndId)));

    private List<string> ScopeBefore(params string[] ids) =>
        ids.Concat(ids.SelectMany(AncestorsOf)).Distinct(StringComparer.Ordinal).ToList();
}
