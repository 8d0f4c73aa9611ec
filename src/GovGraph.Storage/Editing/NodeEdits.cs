using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Editing;

/// <summary>Creating, updating and deleting nodes, with their rules and events.</summary>
internal static class NodeEdits
{
    public static async Task<GraphNode> CreateAsync(IGraphWriteTransaction tx, CreateNode command, CancellationToken ct)
    {
        RefuseCase(command.Label, "label");
        if (!Labels.IsKnown(command.Label))
        {
            throw new DomainRuleException(RuleCodes.InvalidInput, $"Unknown label `{command.Label}`.", "label");
        }

        if (!NodeCreation.IsAllowed(command.Label))
        {
            throw new DomainRuleException(RuleCodes.NotAllowed,
                $"A {command.Label} cannot be created by a mutation: it is the root of the graph and comes from seeding or import.");
        }

        var properties = PropertyValidator.ForCreation(NodeProperties.For(command.Label), command.Properties);
        var id = command.Id ?? NodeIds.New(command.Label);
        EditReads.RequireWellFormed(id, "id");

        var parentage = NodeCreation.ParentageOf(command.Label);
        var parentId = parentage is null ? null : command.ParentId
            ?? throw new DomainRuleException(RuleCodes.InvalidInput, $"A {command.Label} is created under its `{parentage.Field}`.", parentage.Field);
        if (parentage is not null)
        {
            EditReads.RequireWellFormed(parentId!, parentage.Field);
        }

        var existing = await tx.GetNodesAsync(parentId is null ? [id] : [id, parentId], ct);
        if (existing.Any(n => n.Id == id))
        {
            throw new DomainRuleException(RuleCodes.DuplicateId, $"The id `{id}` is already used.", "id");
        }

        var recorder = new ChangeRecorder(tx);
        GraphNode? parent = null;
        if (parentage is not null)
        {
            parent = existing.FirstOrDefault(n => n.Id == parentId)
                ?? throw new DomainRuleException(RuleCodes.NodeNotFound, $"There is no node `{parentId}`.", parentage.Field);
            EditReads.RequireLabel(parent, parentage.ParentLabels, parentage.Field);
            await recorder.PrepareAsync([id, parent.Id], ct);
        }
        else
        {
            await recorder.PrepareAsync([id], ct);
        }

        var node = new GraphNode(id, command.Label, properties) { Version = 1 };
        await tx.InsertNodeAsync(node, ct);
        recorder.NodeCreated(node);

        if (parent is not null)
        {
            var placement = new GraphRelationship(NodeIds.NewRelationship(), parentage!.RelationshipType, parent.Id, id,
                new Dictionary<string, object?> { [Props.Since] = EditReads.TodayIso(tx) });
            await tx.InsertRelationshipAsync(placement, ct);
            recorder.RelationshipCreated(placement);
        }

        return node;
    }

    public static async Task<GraphNode> UpdateAsync(IGraphWriteTransaction tx, UpdateNode command, CancellationToken ct)
    {
        var node = await EditReads.RequireAsync(tx, command.Id, "id", ct);
        RefuseCase(node.Label, "id");
        EditReads.RequireLabel(node, [command.Label], "id");
        if (node.Version != command.ExpectedVersion)
        {
            throw new DomainRuleException(RuleCodes.VersionConflict,
                $"`{node.Id}` is at version {node.Version}, not {command.ExpectedVersion}: it changed meanwhile. Read it again and retry.",
                "expectedVersion");
        }

        var properties = PropertyValidator.ForUpdate(NodeProperties.For(node.Label), node.Properties, command.Changes);
        if (SameProperties(node.Properties, properties))
        {
            // Nothing changes, so nothing is written: no new version for other writers to conflict with, no event.
            return node;
        }

        var recorder = new ChangeRecorder(tx);
        await recorder.PrepareAsync([node.Id], ct);
        var updated = node with { Properties = properties, Version = node.Version + 1 };
        await tx.ReplaceNodeAsync(updated, ct);
        recorder.NodeUpdated(node, updated);
        return updated;
    }

    /// <summary>
    /// Cases change only through <see cref="ServiceRequestEditor"/>, which keeps the workflow's rules and records
    /// the events; a generic create or update would bypass both.
    /// </summary>
    internal static void RefuseCase(string label, string field)
    {
        if (Labels.CaseLabels.Contains(label, StringComparer.Ordinal))
        {
            throw new DomainRuleException(RuleCodes.NotAllowed,
                $"A {label} is created and changed only by the case operations (raise, accept, resolve…).", field);
        }
    }

    private static bool SameProperties(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var other) && (p.Value, other) switch
        {
            (string[] x, string[] y) => x.SequenceEqual(y, StringComparer.Ordinal),
            var (x, y) => Equals(x, y),
        });

    public static async Task<DeletedNodes> DeleteAsync(IGraphWriteTransaction tx, DeleteNode command, CancellationToken ct)
    {
        var node = await EditReads.RequireAsync(tx, command.Id, "id", ct);
        if (node.Label == Labels.City)
        {
            throw new DomainRuleException(RuleCodes.NotAllowed, "The city is the root of the graph and cannot be deleted.", "id");
        }

        // A case goes only with its household (CaseDeletion); deleted alone it would leave its events behind.
        RefuseCase(node.Label, "id");
        var dependants = await DependantsAsync(tx, node, ct);
        if (dependants.Count > 0 && !command.Cascade)
        {
            throw HasDependants(node, dependants);
        }

        // Children before parents, so the events read as the subtree coming apart from the bottom up.
        var collected = new List<GraphNode>();
        await CollectAsync(tx, node, dependants, collected, ct);
        var withCases = await CaseDeletion.GoingWithAsync(tx, collected, ct);
        if (!command.Cascade && withCases.TryGetValue(node.Id, out var ownCases))
        {
            throw HasDependants(node, ownCases.Where(n => n.Label == Labels.ServiceRequest).ToList());
        }

        var doomed = collected.SelectMany(n => withCases.TryGetValue(n.Id, out var going) ? [.. going, n] : new[] { n }).ToList();
        var ids = doomed.Select(n => n.Id).ToList();

        var relationships = (await tx.GetRelationshipsAsync(ids, Direction.Out, null, includeEnded: false, ct))
            .Concat(await tx.GetRelationshipsAsync(ids, Direction.In, null, includeEnded: false, ct))
            .DistinctBy(r => r.Id)
            .ToList();
        var recorder = new ChangeRecorder(tx);
        await recorder.PrepareAsync(ids.Concat(relationships.SelectMany(r => new[] { r.StartId, r.EndId })), ct);

        var atNode = relationships
            .SelectMany(r => new[] { (Node: r.StartId, Rel: r), (Node: r.EndId, Rel: r) })
            .ToLookup(p => p.Node, p => p.Rel, StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var gone in doomed)
        {
            foreach (var relationship in atNode[gone.Id].Where(r => reported.Add(r.Id)))
            {
                recorder.RelationshipRemoved(relationship);
            }

            recorder.NodeDeleted(gone);
        }

        foreach (var id in ids)
        {
            await tx.DeleteNodeAsync(id, ct);
        }

        return new DeletedNodes(ids);
    }

    private static DomainRuleException HasDependants(GraphNode node, IReadOnlyList<GraphNode> dependants)
    {
        var kinds = string.Join(", ", dependants.GroupBy(d => d.Label).Select(g => $"{g.Count()} {g.Key}"));
        return new DomainRuleException(RuleCodes.HasDependants,
            $"`{node.Id}` has {dependants.Count} dependants placed directly under it ({kinds}); pass cascade: true to delete everything below it (people are kept).",
            "cascade");
    }

    /// <summary>
    /// What is placed directly under a node and goes with it: units, households, bodies and venues (a household's
    /// closed cases go too, read for all households at once by <see cref="CaseDeletion"/>). People are
    /// placed under units too, but they are never deleted with one; they only lose the relationship.
    /// </summary>
    private static async Task<IReadOnlyList<GraphNode>> DependantsAsync(IGraphWriteTransaction tx, GraphNode node, CancellationToken ct)
    {
        // Only org units place anything under them; asking for the children of each household would cost a read apiece.
        if (!Labels.OrgUnits.Contains(node.Label))
        {
            return [];
        }

        return (await tx.GetChildrenAsync(node.Id, ct)).Where(c => c.Label != Labels.Person).ToList();
    }

    private static async Task CollectAsync(
        IGraphWriteTransaction tx, GraphNode node, IReadOnlyList<GraphNode> dependants, List<GraphNode> doomed, CancellationToken ct)
    {
        foreach (var child in dependants)
        {
            await CollectAsync(tx, child, await DependantsAsync(tx, child, ct), doomed, ct);
        }

        doomed.Add(node);
    }
}
