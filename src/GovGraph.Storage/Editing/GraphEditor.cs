using GovGraph.Domain.Model;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Editing;

/// <summary>
/// Every change to the graph, with every domain rule, once for all backends: each operation runs inside one
/// <see cref="IGraphStore.ExecuteWriteAsync{T}"/> transaction, appends its change events there, and refuses with
/// a <see cref="Domain.Rules.DomainRuleException"/> (which rolls the transaction back, so a refused change
/// leaves nothing behind). With an idempotency key (<see cref="IdempotencyKey.For"/>), a repeat returns what the
/// first run produced, read again by id, and changes nothing; a thing deleted meanwhile comes back as null.
/// </summary>
public sealed class GraphEditor
{
    public Task<GraphNode?> CreateNodeAsync(IGraphWriteTransaction tx, CreateNode command, string? idempotencyKey, CancellationToken ct) =>
        Idempotent.RunAsync<GraphNode?>(tx, idempotencyKey,
            async () => await NodeEdits.CreateAsync(tx, command, ct),
            node => EditRecord.OfNode(node!.Id),
            record => ReplayNodeAsync(tx, record, ct),
            ct);

    public Task<GraphNode?> UpdateNodeAsync(IGraphWriteTransaction tx, UpdateNode command, string? idempotencyKey, CancellationToken ct) =>
        Idempotent.RunAsync<GraphNode?>(tx, idempotencyKey,
            async () => await NodeEdits.UpdateAsync(tx, command, ct),
            node => EditRecord.OfNode(node!.Id),
            record => ReplayNodeAsync(tx, record, ct),
            ct);

    public Task<DeletedNodes> DeleteNodeAsync(IGraphWriteTransaction tx, DeleteNode command, string? idempotencyKey, CancellationToken ct) =>
        Idempotent.RunAsync(tx, idempotencyKey,
            () => NodeEdits.DeleteAsync(tx, command, ct),
            deleted => EditRecord.OfDeleted(deleted.Ids),
            record => Task.FromResult(new DeletedNodes(record.Deleted ?? [])),
            ct);

    /// <summary>Links two nodes (or, with <see cref="Link.Replace"/>, reassigns a one-per relationship).</summary>
    public Task<GraphRelationship?> LinkAsync(IGraphWriteTransaction tx, Link command, string? idempotencyKey, CancellationToken ct) =>
        Idempotent.RunAsync<GraphRelationship?>(tx, idempotencyKey,
            async () => await RelationshipEdits.LinkAsync(tx, command, ct),
            relationship => EditRecord.OfRelationship(relationship!),
            record => ReplayRelationshipAsync(tx, record, ct),
            ct);

    /// <summary>Ends a current relationship; it stays in the history, with <c>until</c> set.</summary>
    public Task<GraphRelationship?> UnlinkAsync(IGraphWriteTransaction tx, Unlink command, string? idempotencyKey, CancellationToken ct) =>
        Idempotent.RunAsync<GraphRelationship?>(tx, idempotencyKey,
            async () => await RelationshipEdits.UnlinkAsync(tx, command, ct),
            relationship => EditRecord.OfRelationship(relationship!),
            record => ReplayRelationshipAsync(tx, record, ct),
            ct);

    private static async Task<GraphNode?> ReplayNodeAsync(IGraphWriteTransaction tx, EditRecord record, CancellationToken ct) =>
        record.Node is null ? null : (await tx.GetNodesAsync([record.Node], ct)).FirstOrDefault();

    private static async Task<GraphRelationship?> ReplayRelationshipAsync(IGraphWriteTransaction tx, EditRecord record, CancellationToken ct)
    {
        if (record.Start is null || record.Type is null)
        {
            return null;
        }

        var candidates = await tx.GetRelationshipsAsync([record.Start], Direction.Out, [record.Type], includeEnded: true, ct);
        return candidates.FirstOrDefault(r => r.Id == record.Relationship);
    }
}
