using System.Runtime.CompilerServices;
using GovGraph.Domain.Model;
using GovGraph.Storage.Neo4j.Cypher;
using GovGraph.Storage.Neo4j.Cypher.Builders;

namespace GovGraph.Storage.Neo4j.Store;

/// <summary>
/// The storage port on Neo4j: every query shape is built by a builder in <c>Cypher/Builders</c> (parameters
/// only) and sent through <see cref="ICypherRunner"/>; reads go as <see cref="AccessMode.Read"/>.
/// </summary>
public sealed partial class Neo4jGraphStore(ICypherRunner runner, TimeProvider? timeProvider = null) : IGraphStore
{
    private const int ExportPageSize = 1000;

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    private DateOnly Today => DateOnly.FromDateTime(_time.GetLocalNow().DateTime);

    public async Task InitializeAsync(CancellationToken ct)
    {
        foreach (var statement in MigrationsCypher.All())
        {
            await runner.RunAsync(statement, AccessMode.Write, ct);
        }
    }

    public async Task<bool> PingAsync(CancellationToken ct)
    {
        try
        {
            await runner.RunAsync(new CypherStatement("RETURN 1 AS ok", new Dictionary<string, object?>()), AccessMode.Read, ct);
            return true;
        }
        catch (Neo4jException)
        {
            return false;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync(GetNodesCypher.Build(ids), ct);
        return result.Values.Select(row => Neo4jValues.Node(Neo4jValues.Field(result, row, "n"))).ToList();
    }

    public async Task<IReadOnlyDictionary<string, NeighbourPage>> GetNeighboursAsync(NeighbourQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var byOffset = query.Order is not null && query.Order.Key != NodeOrderKey.Insertion;
        var after = PageCursor.Decode(byOffset ? PageCursor.Offset : PageCursor.Relationship, query.Backward ? query.Before : query.After);
        var pages = query.Ids.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => NeighbourPage.Empty, StringComparer.Ordinal);
        if (pages.Count == 0)
        {
            return pages;
        }

        var result = await ReadAsync(NeighboursCypher.Build(query, after, Today), ct);
        foreach (var row in result.Values)
        {
            var srcId = Neo4jValues.Field(result, row, "id").GetString()!;
            var total = Neo4jValues.Long(Neo4jValues.Field(result, row, "total"));
            var items = new List<Neighbour>();
            var further = false;
            foreach (var hit in Neo4jValues.Field(result, row, "page").EnumerateArray())
            {
                if (items.Count == query.First)
                {
                    further = true;
                    break;
                }

                var other = Neo4jValues.Node(hit.GetProperty("node"));
                var rel = hit.GetProperty("rel");
                var (startId, endId) = query.Direction == Direction.Out ? (srcId, other.Id) : (other.Id, srcId);
                var cursor = byOffset
                    ? PageCursor.Encode(PageCursor.Offset, hit.GetProperty("pos").GetInt64())
                    : PageCursor.Encode(PageCursor.Relationship, Neo4jValues.RelationshipSeq(rel));
                items.Add(new Neighbour(Neo4jValues.Relationship(rel, startId, endId), other, cursor));
            }

            pages[srcId] = NeighbourPage.Read(items, total, query.Backward, further, after > 0);
        }

        return pages;
    }

    public async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var byOffset = query.Order is not null && query.Order.Key != NodeOrderKey.Insertion;
        var cursor = PageCursor.Decode(byOffset ? PageCursor.Offset : PageCursor.Node, query.Backward ? query.Before : query.After);
        long? count = null;
        var take = query.First;
        var start = cursor;
        var hasPrevious = !query.Backward && cursor > 0;
        CypherStatement statement;
        if (byOffset && query.Backward)
        {
            // The window ahead of the cursor's position (of the list's end, found from the count, without one).
            var end = cursor;
            if (end == 0)
            {
                count = await CountNodesAsync(query.Criteria, ct);
                end = count.Value + 1;
            }

            (start, take, hasPrevious) = OffsetWindow.Before(end, query.First);
            statement = FindNodesCypher.Window(query, start, take, Today);
        }
        else
        {
            statement = FindNodesCypher.Build(query, cursor, Today);
        }

        var result = await ReadAsync(statement, ct);
        var items = new List<PagedNode>(Math.Min(take, result.Values.Count));
        foreach (var row in result.Values.Take(take))
        {
            var element = Neo4jValues.Field(result, row, "n");
            var depth = Neo4jValues.Field(result, row, "depth");
            var itemCursor = byOffset
                ? PageCursor.Encode(PageCursor.Offset, start + items.Count + 1)
                : PageCursor.Encode(PageCursor.Node, Neo4jValues.NodeSeq(element));
            items.Add(new PagedNode(Neo4jValues.Node(element), itemCursor,
                depth.ValueKind == System.Text.Json.JsonValueKind.Null ? null : depth.GetInt32()));
        }

        // Backwards by sequence the rows come nearest the cursor first, and the extra row lies before the page.
        var further = result.Values.Count > take;
        if (query.Backward && !byOffset)
        {
            items.Reverse();
            hasPrevious = further;
        }

        var total = query.IncludeTotal ? count ?? await CountNodesAsync(query.Criteria, ct) : -1;
        return new NodePage(items, total, query.Backward ? cursor > 0 : further, hasPrevious);
    }

    public async Task<long> CountNodesAsync(NodeCriteria criteria, CancellationToken ct)
    {
        var result = await ReadAsync(CountNodesCypher.Build(criteria, Today), ct);
        return Neo4jValues.Long(Neo4jValues.Field(result, result.Values[0], "count"));
    }

    public async Task<double> SumAsync(NodeCriteria criteria, string property, CancellationToken ct)
    {
        var result = await ReadAsync(SumCypher.Build(criteria, property, Today), ct);
        return Neo4jValues.Field(result, result.Values[0], "sum").GetDouble();
    }

    public async Task<bool> IsEmptyAsync(CancellationToken ct)
    {
        var result = await ReadAsync(NodeWriteCypher.IsEmpty(), ct);
        return Neo4jValues.Field(result, result.Values[0], "empty").GetBoolean();
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAncestorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        await ReadAncestorsAsync(s => ReadAsync(s, ct), ids);

    internal static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadAncestorsAsync(
        Func<CypherStatement, Task<CypherResult>> run, IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var ancestors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return ancestors;
        }

        var result = await run(AncestorsCypher.Build(ids));
        foreach (var row in result.Values)
        {
            ancestors[Neo4jValues.Field(result, row, "id").GetString()!] =
                Neo4jValues.Field(result, row, "ancestors").EnumerateArray().Select(a => a.GetString()!).ToList();
        }

        return ancestors;
    }

    public async Task<IReadOnlyList<GraphRelationship>> GetAdjacentAsync(
        IReadOnlyCollection<string> ids, IReadOnlyCollection<string>? types, DateOnly? asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0 || types is { Count: 0 })
        {
            return [];
        }

        return Relationships(await ReadAsync(AdjacentCypher.Build(ids, types, asOf, Today), ct));
    }

    public async Task<IReadOnlyDictionary<string, CoverageFigures>> GetCoverageAsync(IReadOnlyCollection<string> unitIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        var figures = new Dictionary<string, CoverageFigures>(StringComparer.Ordinal);
        if (unitIds.Count == 0)
        {
            return figures;
        }

        var result = await ReadAsync(CoverageCypher.Build(unitIds, Today), ct);
        foreach (var row in result.Values)
        {
            long F(string field) => Neo4jValues.Long(Neo4jValues.Field(result, row, field));
            var id = Neo4jValues.Field(result, row, "id").GetString()!;
            figures[id] = new CoverageFigures(id, F("households"), F("linked"), F("members"), F("linking"), F("most"), F("central"));
        }

        return figures;
    }

    public async IAsyncEnumerable<GraphNode> ReadAllNodesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        long after = 0;
        while (true)
        {
            var result = await ReadAsync(ReadAllCypher.Nodes(after, ExportPageSize), ct);
            foreach (var row in result.Values)
            {
                var element = Neo4jValues.Field(result, row, "n");
                after = Neo4jValues.NodeSeq(element);
                yield return Neo4jValues.Node(element);
            }

            if (result.Values.Count < ExportPageSize)
            {
                yield break;
            }
        }
    }

    public async IAsyncEnumerable<GraphRelationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        long after = 0;
        while (true)
        {
            var result = await ReadAsync(ReadAllCypher.Relationships(after, ExportPageSize), ct);
            foreach (var row in result.Values)
            {
                after = Neo4jValues.RelationshipSeq(Neo4jValues.Field(result, row, "r"));
            }

            foreach (var relationship in Relationships(result))
            {
                yield return relationship;
            }

            if (result.Values.Count < ExportPageSize)
            {
                yield break;
            }
        }
    }

    internal static IReadOnlyList<GraphRelationship> Relationships(CypherResult result) =>
        result.Values.Select(row => Neo4jValues.Relationship(
            Neo4jValues.Field(result, row, "r"),
            Neo4jValues.Field(result, row, "startId").GetString()!,
            Neo4jValues.Field(result, row, "endId").GetString()!)).ToList();

    private Task<CypherResult> ReadAsync(CypherStatement statement, CancellationToken ct) => runner.RunAsync(statement, AccessMode.Read, ct);
}
