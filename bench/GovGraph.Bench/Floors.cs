using System.Text.Json;
using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage;
using GovGraph.Storage.Traversal;

namespace GovGraph.Bench;

/// <summary>
/// The floors: each query's answer from the store calls its resolvers make, level by level as the batch loaders
/// group them, serialised with System.Text.Json in the response's shape (<c>{"data": ...}</c>).
/// </summary>
internal sealed class Floors(TimedGraphStore store)
{
    public async Task<byte[]> TreeAsync(string villageId, StepTimer t, CancellationToken ct)
    {
        store.Timer = t;
        var village = (await store.GetNodesAsync([villageId], ct)).FirstOrDefault();
        if (village is null)
        {
            return Serialise(t, new { data = new { node = (object?)null } });
        }

        // One call per nesting level, as the batch loaders make them (partyGroups, centralHouseholds, then host and
        // attachedMembers beside each other, then linkedHouseholds of hosts and attached members in one batch).
        var groups = (await Neighbours([villageId], RelTypes.Oversees, Direction.Out, 50, ct))[villageId];
        var groupIds = groups.Items.Select(i => i.Node.Id).ToList();
        var centrals = await Neighbours(groupIds, RelTypes.Oversees, Direction.Out, 10, ct);
        var centralIds = groupIds.SelectMany(g => centrals[g].Items.Select(i => i.Node.Id)).ToList();
        var hosts = await Neighbours(centralIds, RelTypes.Hosts, Direction.In, 1, ct);
        var attached = await Neighbours(centralIds, RelTypes.AttachedTo, Direction.In, 15, ct);
        var personIds = centralIds.SelectMany(c => hosts[c].Items.Concat(attached[c].Items)).Select(i => i.Node.Id).ToList();
        var links = await Neighbours(personIds, RelTypes.Links, Direction.Out, 20, ct);

        object Linked(string personId)
        {
            var page = links[personId];
            return new
            {
                totalCount = page.TotalCount,
                nodes = page.Items.Select(i => new { id = i.Node.Id, headName = i.Node.GetString(Props.HeadName), size = i.Node.GetLong(Props.Size) }),
            };
        }

        var answer = new
        {
            data = new
            {
                node = new
                {
                    partyGroups = new
                    {
                        totalCount = groups.TotalCount,
                        nodes = groups.Items.Select(g => new
                        {
                            name = g.Node.Name,
                            centralHouseholds = new
                            {
                                nodes = centrals[g.Node.Id].Items.Select(c => new
                                {
                                    name = c.Node.Name,
                                    host = hosts[c.Node.Id].Items.Select(h => new { name = h.Node.Name, linkedHouseholds = Linked(h.Node.Id) }).FirstOrDefault(),
                                    attachedMembers = new
                                    {
                                        totalCount = attached[c.Node.Id].TotalCount,
                                        nodes = attached[c.Node.Id].Items.Select(m => new { name = m.Node.Name, linkedHouseholds = Linked(m.Node.Id) }),
                                    },
                                }),
                            },
                        }),
                    },
                },
            },
        };
        return Serialise(t, answer);
    }

    public async Task<byte[]> UnassignedAsync(string under, StepTimer t, CancellationToken ct)
    {
        store.Timer = t;
        var page = await store.FindNodesAsync(new NodeQuery(Unassigned(under), 100), ct);
        return Serialise(t, new
        {
            data = new
            {
                unassignedHouseholds = new
                {
                    totalCount = page.TotalCount,
                    nodes = page.Items.Select(i => new { id = i.Node.Id, headName = i.Node.GetString(Props.HeadName) }),
                },
            },
        });
    }

    public async Task<byte[]> CoverageAsync(string under, StepTimer t, CancellationToken ct)
    {
        store.Timer = t;
        _ = (await store.GetNodesAsync([under], ct)).Single();
        var children = (await store.GetNeighboursAsync(
            new NeighbourQuery([under], RelTypes.Oversees, Direction.Out, 10_000, IncludeTotal: false), ct))[under];
        var childIds = children.Items.Select(i => i.Node.Id).ToList();

        // The unit and its children in one coverage call, as the resolver asks when byChild is selected.
        var childFigures = await store.GetCoverageAsync([under, .. childIds], ct);
        var figures = childFigures[under];
        var units = children.Items.Select(i => i.Node).ToDictionary(n => n.Id, StringComparer.Ordinal);

        return Serialise(t, new
        {
            data = new
            {
                coverage = new
                {
                    households = figures.Households,
                    linked = figures.Linked,
                    unassigned = figures.Unassigned,
                    ratio = figures.Ratio,
                    members = figures.Members,
                    householdsPerMember = new { avg = figures.AverageHouseholdsPerMember, max = figures.MaxHouseholdsPerMember },
                    centralHouseholds = figures.CentralHouseholds,
                    byChild = childIds.Where(childFigures.ContainsKey).Select(id => childFigures[id]).Select(f => new
                    {
                        unit = new { id = units[f.UnitId].Id },
                        households = f.Households,
                        linked = f.Linked,
                        unassigned = f.Unassigned,
                        ratio = f.Ratio,
                        members = f.Members,
                        centralHouseholds = f.CentralHouseholds,
                    }),
                },
            },
        });
    }

    public async Task<byte[]> ChainAsync(string householdId, StepTimer t, CancellationToken ct)
    {
        store.Timer = t;
        var household = (await store.GetNodesAsync([householdId], ct)).Single();
        var chain = await ChainOfResponsibility.ForHouseholdAsync(store, household, ct);
        return Serialise(t, new { data = new { chainOfResponsibility = chain.Select(n => new { id = n.Id, __typename = n.Label }) } });
    }

    public async Task<byte[]> PathAsync(string from, string to, StepTimer t, CancellationToken ct)
    {
        store.Timer = t;

        // The field's defaults: maxLength 8, every relationship type, current relationships.
        var path = await PathFinder.ShortestPathAsync(store, from, to, 8, null, null, ct);
        if (path is null)
        {
            return Serialise(t, new { data = new { path = (object?)null } });
        }

        var nodes = (await store.GetNodesAsync(path.NodeIds, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        return Serialise(t, new
        {
            data = new
            {
                path = new
                {
                    length = path.Length,
                    nodes = path.NodeIds.Where(nodes.ContainsKey).Select(id => new { id }),
                    relationships = path.Relationships.Select(r => new { type = r.Type, startId = r.StartId, endId = r.EndId }),
                },
            },
        });
    }

    /// <summary>
    /// <c>serviceStats</c> with <c>byChild</c> from the store: the unit, its cases in the window (pages of 1000, the
    /// summaries read from the nodes), its children and which child each case is under, the figures at now.
    /// </summary>
    public async Task<byte[]> ServiceStatsAsync(string under, DateTimeOffset from, DateTimeOffset to, StepTimer t, CancellationToken ct)
    {
        store.Timer = t;
        _ = (await store.GetNodesAsync([under], ct)).Single();
        var criteria = new NodeCriteria
        {
            Labels = [Labels.ServiceRequest],
            Under = under,
            Properties =
            [
                new PropertyFilter(Props.CreatedAt, FilterOp.GreaterOrEqual, PropertyValidator.IsoInstant(from)),
                new PropertyFilter(Props.CreatedAt, FilterOp.Less, PropertyValidator.IsoInstant(to)),
            ],
        };
        var cases = new List<CaseSummary>();
        string? after = null;
        while (true)
        {
            var page = await store.FindNodesAsync(new NodeQuery(criteria, 1000, after, IncludeTotal: false), ct);
            cases.AddRange(page.Items.Select(i => RequestProperties.ToSummary(i.Node.Id, i.Node.Properties)));
            if (!page.HasNextPage || page.Items.Count == 0)
            {
                break;
            }

            after = page.Items[^1].Cursor;
        }

        var children = (await store.GetNeighboursAsync(
            new NeighbourQuery([under], RelTypes.Oversees, Direction.Out, 10_000, IncludeTotal: false), ct))[under].Items.Select(i => i.Node.Id).ToList();
        var childSet = children.ToHashSet(StringComparer.Ordinal);
        var ancestors = cases.Count == 0 ? new Dictionary<string, IReadOnlyList<string>>() : await store.GetAncestorsAsync(cases.Select(c => c.Id).ToList(), ct);
        var childOf = ancestors.Where(a => a.Value.Any(childSet.Contains)).ToDictionary(a => a.Key, a => a.Value.First(childSet.Contains), StringComparer.Ordinal);
        var now = DateTimeOffset.UtcNow;
        var figures = ServiceFigures.Compute(cases, from, to, now);
        var byChild = cases.Where(c => childOf.ContainsKey(c.Id)).ToLookup(c => childOf[c.Id], StringComparer.Ordinal);

        static object Rate(Rate r) => new { met = r.Met, outOf = r.OutOf, value = r.Value };
        static object? Duration(TimeSpan? d) => d is { } span ? new { seconds = span.TotalSeconds, iso = System.Xml.XmlConvert.ToString(span) } : null;
        return Serialise(t, new
        {
            data = new
            {
                serviceStats = new
                {
                    cases = figures.Cases,
                    response = Rate(figures.Response),
                    resolution = Rate(figures.Resolution),
                    satisfaction = Rate(figures.Satisfaction),
                    medianTimeToAccept = Duration(figures.MedianTimeToAccept),
                    medianTimeToResolve = Duration(figures.MedianTimeToResolve),
                    overdueForAcceptance = figures.OverdueForAcceptance,
                    overdueForResolution = figures.OverdueForResolution,
                    overdue = figures.Overdue,
                    byChild = children.Select(id => (Id: id, Figures: ServiceFigures.Compute(byChild[id], from, to, now))).Select(c => new
                    {
                        unit = new { id = c.Id },
                        cases = c.Figures.Cases,
                        response = Rate(c.Figures.Response),
                        resolution = Rate(c.Figures.Resolution),
                        satisfaction = Rate(c.Figures.Satisfaction),
                        overdue = c.Figures.Overdue,
                    }),
                },
            },
        });
    }

    /// <summary>Households no member links, under a unit: the criteria the <c>unassignedHouseholds</c> resolver builds.</summary>
    public static NodeCriteria Unassigned(string under) => new()
    {
        Labels = [Labels.Household],
        Under = under,
        Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false)],
    };

    private Task<IReadOnlyDictionary<string, NeighbourPage>> Neighbours(
        IReadOnlyCollection<string> ids, string type, Direction direction, int first, CancellationToken ct) =>
        store.GetNeighboursAsync(new NeighbourQuery(ids, type, direction, first), ct);

    private static byte[] Serialise<T>(StepTimer t, T answer) => t.TimeSync("serialise", () => JsonSerializer.SerializeToUtf8Bytes(answer));
}
