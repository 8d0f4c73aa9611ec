using GovGraph.Domain.Model;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Seeding;

namespace GovGraph.Storage.Tests.Seeding;

/// <summary>
/// The seeded cloud-platform history: cases in every state, each one a state the workflow reaches, with events
/// and assignments that agree with it and handlers on the household's own chain.
/// </summary>
public sealed class NingguoCasesTests(NingguoDataset data) : IClassFixture<NingguoDataset>
{
    private static readonly DateTimeOffset Reference = NingguoGenerator.CaseReferenceTime;

    private readonly Lazy<Dictionary<string, string>> _linker = new(() => data.Rels(RelTypes.Links).ToDictionary(r => r.EndId, r => r.StartId));
    private readonly Lazy<Dictionary<string, string>> _attachedTo = new(() => data.Rels(RelTypes.AttachedTo).ToDictionary(r => r.StartId, r => r.EndId));
    private readonly Lazy<Dictionary<string, string>> _hosted = new(() => data.Rels(RelTypes.Hosts).ToDictionary(r => r.StartId, r => r.EndId));
    private readonly Lazy<Dictionary<string, string>> _hostOf = new(() => data.Rels(RelTypes.Hosts).ToDictionary(r => r.EndId, r => r.StartId));

    private IEnumerable<GraphNode> Cases => data.Nodes(Labels.ServiceRequest);

    [Fact]
    public void AFewThousandCasesAreSeededInEveryStatusMostOfThemClosed()
    {
        var byStatus = Cases.GroupBy(c => c.GetString(Props.Status)).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(NingguoGenerator.CasesPerScale, Cases.Count());
        Assert.All(RequestValueNames.All<RequestStatus>(), status => Assert.True(byStatus.GetValueOrDefault(status) > 0, status));
        Assert.True(byStatus["CLOSED"] > 0.8 * NingguoGenerator.CasesPerScale, $"{byStatus["CLOSED"]} closed");
    }

    [Fact]
    public void TheCasesOnlyAddToTheCountyWhichKeepsItsNodesAndRelationships()
    {
        // Cases come last and from a PRNG of their own: the county before them is the one the figures describe.
        var nodes = data.Batch.CreateNodes;
        var firstCase = nodes.FindIndex(n => Labels.CaseLabels.Contains(n.Label));
        Assert.Equal(104_952, firstCase);
        Assert.All(nodes.Skip(firstCase), n => Assert.Contains(n.Label, Labels.CaseLabels));
        var relationships = data.Batch.CreateRelationships;
        var firstCaseRelationship = relationships.FindIndex(r => RelTypes.CaseTypes.Contains(r.Type));
        Assert.Equal(200_489, firstCaseRelationship);
        Assert.All(relationships.Skip(firstCaseRelationship), r => Assert.Contains(r.Type, RelTypes.CaseTypes));
    }

    [Fact]
    public void EveryCategoryAndChannelHasCases()
    {
        Assert.All(RequestValueNames.All<RequestCategory>(), c => Assert.Contains(Cases, n => n.GetString(Props.Category) == c));
        Assert.All(RequestValueNames.All<RequestChannel>(), c => Assert.Contains(Cases, n => n.GetString(Props.Channel) == c));
    }

    [Fact]
    public void EveryStoredCaseReadsBackAsAStateWithOneCurrentHandler()
    {
        var current = data.Rels(RelTypes.AssignedTo).Where(r => r.Properties.GetValueOrDefault(Props.Until) is null).ToLookup(r => r.StartId);
        Assert.All(Cases, c =>
        {
            var assignment = Assert.Single(current[c.Id]);
            var state = RequestProperties.ToState(assignment.EndId, c.Properties);
            var summary = RequestProperties.ToSummary(c.Id, c.Properties);
            Assert.Equal(state.Status, summary.Status);
            Assert.NotNull(state.FirstAcceptBy);
            Assert.Equal(state.Status is not RequestStatus.Dispatched || state.AcceptedAt is not null, state.AcceptedAt is not null);
            Assert.Equal(state.Status is RequestStatus.Resolved or RequestStatus.Rated or RequestStatus.Closed, state.ResolvedAt is not null);
            Assert.Equal(state.Status is RequestStatus.Closed, state.ClosedAt is not null);
        });
    }

    [Fact]
    public void EveryCaseWasRaisedInTheYearBeforeTheReferenceTimeAndOpenOnesRecently()
    {
        Assert.All(Cases, c =>
        {
            var state = RequestProperties.ToState("", c.Properties);
            Assert.InRange(state.CreatedAt, Reference.AddDays(-366), Reference);
            if (state.Status != RequestStatus.Closed)
            {
                Assert.InRange(state.CreatedAt, Reference.AddDays(-90), Reference);
            }
        });
    }

    [Fact]
    public void EachCaseHasNumberedEventsFromRaisedToTheOneItsStatusFollows()
    {
        var events = data.Rels(RelTypes.HasEvent).ToLookup(r => r.StartId, r => data.NodesById[r.EndId]);
        Assert.All(Cases, c =>
        {
            var own = events[c.Id].ToList();
            Assert.Equal(Enumerable.Range(1, own.Count).Select(i => $"{c.Id}/event-{i:D4}"), own.Select(e => e.Id));
            var types = own.Select(e => e.GetString(Props.Type)).ToList();
            Assert.Equal(["RAISED", "DISPATCHED"], types.Take(2));
            Assert.All(own, e => Assert.True(DateTimeOffset.Parse(e.GetString(Props.At)!) <= Reference, e.Id));
            Assert.Contains(types[^1], LastEventsOf(c.GetString(Props.Status)!));
        });
    }

    [Fact]
    public void EndedAssignmentsAreTheSendBacksAndEscalationsAndTheCurrentOneIsTheLastDispatch()
    {
        var events = data.Rels(RelTypes.HasEvent).ToLookup(r => r.StartId, r => data.NodesById[r.EndId]);
        var assignments = data.Rels(RelTypes.AssignedTo).ToLookup(r => r.StartId);
        Assert.All(Cases, c =>
        {
            var own = events[c.Id].ToList();
            var moves = own.Count(e => e.GetString(Props.Type) is "SENT_BACK" or "ESCALATED");
            Assert.Equal(moves, assignments[c.Id].Count(r => r.Properties.ContainsKey(Props.Until)));
            var lastDispatch = own.Last(e => e.GetString(Props.Type) == "DISPATCHED");
            var current = assignments[c.Id].Single(r => !r.Properties.ContainsKey(Props.Until));
            Assert.Equal(lastDispatch.GetString(Props.ToAssignee), current.EndId);
        });
    }

    [Fact]
    public void EveryHandlerIsOnTheRaisingHouseholdsChainStartingWithItsFirst()
    {
        var household = data.Rels(RelTypes.RaisedBy).ToDictionary(r => r.StartId, r => r.EndId);
        var chains = new Dictionary<string, EscalationChain>();
        Assert.All(data.Rels(RelTypes.AssignedTo).GroupBy(r => r.StartId), assignments =>
        {
            Assert.Equal(Labels.Household, data.Label(household[assignments.Key]));
            var chain = chains.TryGetValue(household[assignments.Key], out var known) ? known : chains[household[assignments.Key]] = ChainOf(household[assignments.Key]);
            var handlers = assignments.Select(a => a.EndId).ToList();
            Assert.Equal(chain.First!.Id, handlers[0]);
            for (var i = 1; i < handlers.Count; i++)
            {
                Assert.Equal(chain.Next(handlers[i - 1])?.Id, handlers[i]);
            }
        });
    }

    [Fact]
    public void SomeCasesWereSentBackEscalatedExtendedReopenedOrAreOverdue()
    {
        var types = data.Nodes(Labels.RequestEvent).GroupBy(e => e.GetString(Props.Type)).ToDictionary(g => g.Key!, g => g.Count());
        Assert.All(["SENT_BACK", "ESCALATED", "EXTENDED", "REOPENED", "REMINDED", "SUPERVISED", "RATED", "CLOSED"],
            type => Assert.True(types.GetValueOrDefault(type) > 0, type));
        var current = data.Rels(RelTypes.AssignedTo).Where(r => !r.Properties.ContainsKey(Props.Until)).ToDictionary(r => r.StartId, r => r.EndId);
        Assert.Contains(Cases, c => RequestWorkflow.IsOverdue(RequestProperties.ToState(current[c.Id], c.Properties), Reference));
        Assert.Contains(Cases, c => c.GetString(Props.Rating) == "UNSATISFIED" && c.GetString(Props.Status) == "CLOSED");
    }

    [Fact]
    public void ReplayingEveryCasesEventsThroughTheWorkflowGivesItsStoredStatus()
    {
        // The events' order is a path the state machine allows: each status change one transition permits.
        var events = data.Rels(RelTypes.HasEvent).ToLookup(r => r.StartId, r => data.NodesById[r.EndId].GetString(Props.Type)!);
        Assert.All(Cases, c => Assert.Equal(c.GetString(Props.Status), Replay(events[c.Id])));
    }

    private static string Replay(IEnumerable<string> types)
    {
        var status = "DISPATCHED";
        foreach (var type in types)
        {
            status = (status, type) switch
            {
                (_, "RAISED" or "DISPATCHED" or "SENT_BACK" or "ESCALATED" or "REMINDED" or "SUPERVISED" or "EXTENDED") => type is "DISPATCHED" ? "DISPATCHED" : status,
                ("DISPATCHED", "ACCEPTED") => "ACCEPTED",
                ("ACCEPTED", "STARTED") => "IN_PROGRESS",
                ("ACCEPTED" or "IN_PROGRESS", "RESOLVED") => "RESOLVED",
                ("RESOLVED", "RATED") => "RATED",
                ("RATED", "REOPENED") => "IN_PROGRESS",
                ("RESOLVED" or "RATED", "CLOSED") => "CLOSED",
                _ => throw new InvalidOperationException($"{type} cannot follow {status}."),
            };
        }

        return status;
    }

    private static string[] LastEventsOf(string status) => status switch
    {
        "DISPATCHED" => ["DISPATCHED", "REMINDED", "SUPERVISED"],
        "ACCEPTED" => ["ACCEPTED", "REMINDED", "SUPERVISED", "EXTENDED"],
        "IN_PROGRESS" => ["STARTED", "REOPENED", "REMINDED", "SUPERVISED", "EXTENDED"],
        "RESOLVED" => ["RESOLVED"],
        "RATED" => ["RATED"],
        _ => ["CLOSED"],
    };

    private EscalationChain ChainOf(string householdId)
    {
        var member = _linker.Value.GetValueOrDefault(householdId);
        var central = member is null ? null : _attachedTo.Value.GetValueOrDefault(member) ?? _hosted.Value.GetValueOrDefault(member);
        var host = central is null ? null : _hostOf.Value.GetValueOrDefault(central);
        var group = data.GroupOfHousehold[householdId];
        var village = data.VillageOfGroup[group];
        var township = data.Rels(RelTypes.Oversees).First(r => r.EndId == village).StartId;
        return new EscalationChain(new HouseholdChain(member, central, host, group, village, township, "city:ningguo"));
    }

    [Fact]
    public void SeedingLaterMovesTheHistoryByWholeWeeksAndKeepsEveryCaseAndStatus()
    {
        // Seeded 17 days after the reference: the history moves two whole weeks, so every weekday (and with it every
        // working-day due time and every step the simulation took) is the same; only the times move.
        var asOf = Reference.AddDays(17).AddHours(5);
        var moved = NingguoGenerator.Generate(casesAsOf: asOf).CreateNodes.Where(n => n.Label == Labels.ServiceRequest).ToList();

        Assert.Equal(Reference.AddDays(14), NingguoGenerator.CaseReferenceFor(asOf));
        Assert.Equal(Reference, NingguoGenerator.CaseReferenceFor(Reference.AddDays(-30)));
        Assert.Equal(Cases.Select(c => c.Id), moved.Select(c => c.Id));
        Assert.All(Cases.Zip(moved), pair =>
        {
            var (before, after) = (RequestProperties.ToSummary(pair.First.Id, pair.First.Properties), RequestProperties.ToSummary(pair.Second.Id, pair.Second.Properties));
            Assert.Equal(before with { CreatedAt = before.CreatedAt.AddDays(14), AcceptBy = before.AcceptBy.AddDays(14), CurrentAcceptBy = before.CurrentAcceptBy?.AddDays(14), DueAt = before.DueAt.AddDays(14), CurrentDueAt = before.CurrentDueAt?.AddDays(14), AcceptedAt = before.AcceptedAt?.AddDays(14), FirstResponseAt = before.FirstResponseAt?.AddDays(14), ResolvedAt = before.ResolvedAt?.AddDays(14), ClosedAt = before.ClosedAt?.AddDays(14) }, after);
        });
    }
}
