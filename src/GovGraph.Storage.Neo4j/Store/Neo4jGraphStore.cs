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

        // A store written before placement paths existed gets them here, in bounded transactions (auto-commit).
        await runner.RunAsync(PathCypher.Backfill(BatchRows), AccessMode.Write, ct);
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
        var after = PageCursor.Decode(byOffset ? PageCursor.Offset : PageCursor.Relationship, query.After);
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
            var hasNext = false;
            foreach (var hit in Neo4jValues.Field(result, row, "page").EnumerateArray())
            {
                if (items.Count == query.First)
                {
                    hasNext = true;
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

            pages[srcId] = new NeighbourPage(items, total, hasNext);
        }

        return pages;
    }

    public async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var byOffset = query.Order is not null && query.Order.Key != NodeOrderKey.Insertion;
        var after = PageCursor.Decode(byOffset ? PageCursor.Offset : PageCursor.Node, query.After);
        var result = await ReadAsync(FindNodesCypher.Build(query, after, Today), ct);
        var items = new List<PagedNode>(Math.Min(query.First, result.Values.Count));
        foreach (var row in result.Values.Take(query.First))
        {
            var element = Neo4jValues.Field(result, row, "n");
            var depth = Neo4jValues.Field(result, row, "depth");
            var cursor = byOffset
                ? PageCursor.Encode(PageCursor.Offset, after + items.Count + 1)
                : PageCursor.Encode(PageCursor.Node, Neo4jValues.NodeSeq(element));
            items.Add(new PagedNode(Neo4jValues.Node(element), cursor,
                depth.ValueKind == System.Text.Json.JsonValueKind.Null ? null : depth.GetInt32()));
        }

        var total = query.IncludeTotal ? await CountNodesAsync(query.Criteria, ct) : -1;
        return new NodePage(items, total, result.Values.Count > query.First);
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

    /// <summary>
    /// Every model relationship in insertion order: one index-ordered page stream per type, merged by <c>gg_seq</c>
    /// (each page a range seek, so the export costs the same per page however far it has come).
    /// </summary>
    public async IAsyncEnumerable<GraphRelationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var streams = RelTypes.Storable.Select(type => new RelationshipStream(type)).ToList();
        foreach (var stream in streams)
        {
            await stream.FillAsync(this, ct);
        }

        while (true)
        {
            RelationshipStream? next = null;
            foreach (var stream in streams)
            {
                if (stream.Head is not null && (next is null || stream.Head.Value.Seq < next.Head!.Value.Seq))
                {
                    next = stream;
                }
            }

            if (next is null)
            {
                yield break;
            }

            yield return next.Take();
            await next.FillAsync(this, ct);
        }
    }

    internal static IReadOnlyList<GraphRelationship> Relationships(CypherResult result) =>
        result.Values.Select(row => Neo4jValues.Relationship(
            Neo4jValues.Field(result, row, "r"),
            Neo4jValues.Field(result, row, "startId").GetString()!,
            Neo4jValues.Field(result, row, "endId").GetString()!)).ToList();

    private Task<CypherResult> ReadAsync(CypherStatement statement, CancellationToken ct) => runner.RunAsync(statement, AccessMode.Read, ct);

    /// <summary>One relationship type's export pages, read a page ahead of the merge.</summary>
    private sealed class RelationshipStream(string type)
    {
        private readonly Queue<(long Seq, GraphRelationship Relationship)> _page = new();
        private long _after;
        private bool _done;

        public (long Seq, GraphRelationship Relationship)? Head => _page.Count > 0 ? _page.Peek() : null;

        public GraphRelationship Take() => _page.Dequeue().Relationship;

        public async Task FillAsync(Neo4jGraphStore store, CancellationToken ct)
        {
            if (_page.Count > 0 || _done)
            {
                return;
            }

            var result = await store.ReadAsync(ReadAllCypher.Relationships(type, _after, ExportPageSize), ct);
            var relationships = Relationships(result);
            for (var i = 0; i < relationships.Count; i++)
            {
                _after = Neo4jValues.RelationshipSeq(Neo4jValues.Field(result, result.Values[i], "r"));
                _page.Enqueue((_after, relationships[i]));
            }

            _done = result.Values.Count < ExportPageSize;
        }
    }
}
