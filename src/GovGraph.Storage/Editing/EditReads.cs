using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Editing;

/// <summary>The reads every edit starts with: the nodes it names, refused with the field at fault when absent.</summary>
internal static class EditReads
{
    /// <summary>The named nodes in one read; INVALID_ID for a malformed id, NODE_NOT_FOUND for a missing one.</summary>
    public static async Task<IReadOnlyDictionary<string, GraphNode>> RequireAsync(
        IGraphWriteTransaction tx, IReadOnlyList<(string Id, string Field)> wanted, CancellationToken ct)
    {
        foreach (var (id, field) in wanted)
        {
            RequireWellFormed(id, field);
        }

        var found = (await tx.GetNodesAsync(wanted.Select(w => w.Id).Distinct(StringComparer.Ordinal).ToList(), ct))
            .ToDictionary(n => n.Id, StringComparer.Ordinal);
        foreach (var (id, field) in wanted)
        {
            if (!found.ContainsKey(id))
            {
                throw new DomainRuleException(RuleCodes.NodeNotFound, $"There is no node `{id}`.", field);
            }
        }

        return found;
    }

    public static async Task<GraphNode> RequireAsync(IGraphWriteTransaction tx, string id, string field, CancellationToken ct) =>
        (await RequireAsync(tx, [(id, field)], ct))[id];

    public static void RequireWellFormed(string id, string field)
    {
        if (!NodeIds.IsWellFormed(id))
        {
            throw new DomainRuleException(RuleCodes.InvalidId,
                $"Not a well-formed id (1–{NodeIds.MaxLength} printable characters).", field);
        }
    }

    public static void RequireLabel(GraphNode node, IReadOnlyCollection<string> labels, string field)
    {
        if (!labels.Contains(node.Label))
        {
            throw new DomainRuleException(RuleCodes.WrongLabel,
                $"`{node.Id}` is a {node.Label}; `{field}` must be a {string.Join(" or ", labels)}.", field);
        }
    }

    /// <summary>The current relationships of one type at one node, in one direction.</summary>
    public static Task<IReadOnlyList<GraphRelationship>> CurrentAsync(
        IGraphWriteTransaction tx, string id, Direction direction, string type, CancellationToken ct) =>
        tx.GetRelationshipsAsync([id], direction, [type], includeEnded: false, ct);

    /// <summary>Today as the ISO text <c>since</c> and <c>until</c> hold.</summary>
    public static string TodayIso(IGraphWriteTransaction tx) =>
        tx.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
