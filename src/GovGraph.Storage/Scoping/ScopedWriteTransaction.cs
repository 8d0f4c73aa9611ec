using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Scoping;

/// <summary>
/// A write transaction as a scoped caller sees it. Node reads hide what lies outside the scope, so the graph editor
/// refuses a change naming such a node with NODE_NOT_FOUND exactly as for an absent one. Relationship, placement and
/// children reads pass through: domain rules (one member per household, cycles, cascades) need the true state.
/// Writes touching an invisible node are refused as well, in case a caller reaches one without reading it first;
/// and a node the work inserted must end up inside the scope (<see cref="RequireInsertedVisibleAsync"/>).
/// Visibility is decided by the transaction's own placement, so it sees the transaction's writes.
/// </summary>
internal sealed class ScopedWriteTransaction(IGraphWriteTransaction inner, string scope) : IGraphWriteTransaction
{
    // Nodes found visible since placement last changed: children of a visible node and nodes read through this view.
    // A relationship write may move nodes, so it forgets them.
    private readonly HashSet<string> _visible = new(StringComparer.Ordinal);

    private readonly HashSet<string> _inserted = new(StringComparer.Ordinal);

    public DateTimeOffset Now => inner.Now;

    /// <summary>
    /// The transaction under the scope (<paramref name="tx"/> itself when it is not scoped), for the few reads and
    /// writes that follow the platform's own rules rather than anything the caller names: a case's escalation chain
    /// and its reassignment along it. A village's editor sends a case back to the township although it cannot see
    /// the township; the chain is the true one, and the caller never learns more than the case it already sees.
    /// </summary>
    internal static IGraphWriteTransaction Unscoped(IGraphWriteTransaction tx) => tx is ScopedWriteTransaction scoped ? scoped.Inner : tx;

    /// <summary>Whether the caller sees this node (the unscoped transaction sees every stored node).</summary>
    internal static async Task<bool> SeesAsync(IGraphWriteTransaction tx, string id, CancellationToken ct) =>
        (await tx.GetNodesAsync([id], ct)).Count == 1;

    private IGraphWriteTransaction Inner => inner;

    public DateOnly Today => inner.Today;

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var nodes = await inner.GetNodesAsync(ids, ct);
        if (nodes.Count == 0)
        {
            return nodes;
        }

        var visible = await VisibleAsync(nodes.Select(n => n.Id).ToList(), ct);
        return nodes.Where(n => visible.Contains(n.Id)).ToList();
    }

    public Task<IReadOnlyList<GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<string>? types, bool includeEnded,
        CancellationToken ct) =>
        inner.GetRelationshipsAsync(nodeIds, direction, types, includeEnded, ct);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAncestorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        inner.GetAncestorsAsync(ids, ct);

    public async Task<IReadOnlyList<GraphNode>> GetChildrenAsync(string id, CancellationToken ct)
    {
        var children = await inner.GetChildrenAsync(id, ct);
        if (_visible.Contains(id))
        {
            // Placed directly under a visible node, so visible too: a cascade deletes them without a read apiece.
            _visible.UnionWith(children.Select(c => c.Id));
        }

        return children;
    }

    public async Task InsertNodeAsync(GraphNode node, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(node);
        await inner.InsertNodeAsync(node, ct);

        // Not placed yet (its placing relationship comes next); where it lands is checked when the work is done.
        _inserted.Add(node.Id);
    }

    public async Task ReplaceNodeAsync(GraphNode node, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(node);
        await RequireVisibleAsync([node.Id], ct);
        await inner.ReplaceNodeAsync(node, ct);
    }

    public async Task DeleteNodeAsync(string id, CancellationToken ct)
    {
        await RequireVisibleAsync([id], ct);
        await inner.DeleteNodeAsync(id, ct);
        _visible.Remove(id);
        _inserted.Remove(id);
    }

    public async Task InsertRelationshipAsync(GraphRelationship relationship, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        await RequireVisibleAsync([relationship.StartId, relationship.EndId], ct);
        await inner.InsertRelationshipAsync(relationship, ct);
        _visible.Clear();
    }

    public async Task ReplaceRelationshipAsync(GraphRelationship relationship, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        await RequireVisibleAsync([relationship.StartId, relationship.EndId], ct);
        await inner.ReplaceRelationshipAsync(relationship, ct);
        _visible.Clear();
    }

    public void Append(NewChange change) => inner.Append(change);

    public Task<string?> GetIdempotentResultAsync(string key, CancellationToken ct) => inner.GetIdempotentResultAsync(key, ct);

    public Task SaveIdempotentResultAsync(string key, string result, CancellationToken ct) => inner.SaveIdempotentResultAsync(key, result, ct);

    /// <summary>
    /// OUT_OF_SCOPE unless every node the work inserted (and did not delete again) is placed inside the scope; the
    /// caller could otherwise create what it can then never see or change. Run at the end of the work.
    /// </summary>
    public async Task RequireInsertedVisibleAsync(CancellationToken ct)
    {
        if (_inserted.Count == 0)
        {
            return;
        }

        var ancestors = await inner.GetAncestorsAsync(_inserted, ct);
        foreach (var (id, chain) in ancestors)
        {
            if (!IsVisible(id, chain))
            {
                throw new DomainRuleException(RuleCodes.OutOfScope,
                    $"`{id}` would sit outside your scope (`{scope}`); create it under a unit inside it.");
            }
        }
    }

    private async Task RequireVisibleAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        // A node this work inserted is still being placed; it is judged once the work is done.
        var unsettled = ids.Where(id => !_inserted.Contains(id)).ToList();
        var visible = await VisibleAsync(unsettled, ct);
        foreach (var id in unsettled.Where(id => !visible.Contains(id)))
        {
            throw new DomainRuleException(RuleCodes.NodeNotFound, $"There is no node `{id}`.");
        }
    }

    /// <summary>Which of these ids are stored nodes inside the scope, by the transaction's own placement.</summary>
    private async Task<HashSet<string>> VisibleAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        var unknown = ids.Where(id => !_visible.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            foreach (var (id, chain) in await inner.GetAncestorsAsync(unknown, ct))
            {
                if (IsVisible(id, chain))
                {
                    _visible.Add(id);
                }
            }
        }

        return ids.Where(_visible.Contains).ToHashSet(StringComparer.Ordinal);
    }

    private bool IsVisible(string id, IReadOnlyList<string> ancestors) => ScopeRule.VisibleAncestors(scope, id, ancestors) is not null;
}
