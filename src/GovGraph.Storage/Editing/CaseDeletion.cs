using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Editing;

/// <summary>
/// What deleting nodes does to the cloud platform's cases. A case still open (not CLOSED) blocks the delete of
/// its household and of its current handler, directly or by cascade (<see cref="RuleCodes.HasOpenRequests"/>):
/// it would lose the household its chain and scope come from, or the handler that holds it, half-way through its
/// life. Closed cases go with their household, each with its events: a case is the household's record (placed
/// under it, scoped by it, and in the resident's own words), so it is not kept as an orphan under the city; the
/// change feed records every node removed, for anyone archiving them. A closed case whose handler is deleted
/// stays with its household and only loses the finished assignment.
/// </summary>
internal static class CaseDeletion
{
    private const int NamedInMessage = 3;

    /// <summary>
    /// The closed cases and their events that go with each doomed household (events first, then their case), or
    /// <see cref="RuleCodes.HasOpenRequests"/> when an open case is raised by or assigned to a doomed node.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, List<GraphNode>>> GoingWithAsync(
        IGraphWriteTransaction tx, IReadOnlyList<GraphNode> doomed, CancellationToken ct)
    {
        var households = doomed.Where(n => n.Label == Labels.Household).Select(n => n.Id).ToList();
        var raised = households.Count == 0
            ? []
            : await tx.GetRelationshipsAsync(households, Direction.In, [RelTypes.RaisedBy], includeEnded: false, ct);
        var handled = await tx.GetRelationshipsAsync(doomed.Select(n => n.Id).ToList(), Direction.In, [RelTypes.AssignedTo], includeEnded: false, ct);
        var caseIds = raised.Select(r => r.StartId).Concat(handled.Select(r => r.StartId)).Distinct(StringComparer.Ordinal).ToList();
        if (caseIds.Count == 0)
        {
            return new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        }

        var cases = (await tx.GetNodesAsync(caseIds, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var open = cases.Values.Where(c => c.GetString(Props.Status) != RequestValueNames.Of(RequestStatus.Closed)).Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
        if (open.Count > 0)
        {
            var named = string.Join(", ", open.Take(NamedInMessage).Select(id => $"`{id}`")) + (open.Count > NamedInMessage ? ", …" : string.Empty);
            throw new DomainRuleException(RuleCodes.HasOpenRequests,
                $"The delete would remove the household or the handler of {open.Count} open request(s) ({named}); close them first.", "id");
        }

        var closed = raised.Select(r => r.StartId).Distinct(StringComparer.Ordinal).ToList();
        var eventLinks = closed.Count == 0
            ? []
            : await tx.GetRelationshipsAsync(closed, Direction.Out, [RelTypes.HasEvent], includeEnded: true, ct);
        var events = (await tx.GetNodesAsync(eventLinks.Select(r => r.EndId).Distinct(StringComparer.Ordinal).ToList(), ct))
            .ToDictionary(n => n.Id, StringComparer.Ordinal);
        var eventsOf = eventLinks.ToLookup(r => r.StartId, r => r.EndId, StringComparer.Ordinal);

        var going = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        foreach (var link in raised.OrderBy(r => r.StartId, StringComparer.Ordinal))
        {
            if (!cases.TryGetValue(link.StartId, out var request))
            {
                continue;
            }

            var list = going.TryGetValue(link.EndId, out var known) ? known : going[link.EndId] = [];
            list.AddRange(eventsOf[request.Id].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Where(events.ContainsKey).Select(id => events[id]));
            list.Add(request);
        }

        return going;
    }
}
