using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Storage.Seeding;

/// <summary>
/// Lives one seeded case through the real <see cref="RequestWorkflow"/>: raised at its creation time, then a
/// plausible handler's actions (sign, sometimes send back, start, sometimes ask for more time, resolve), the
/// resident's rating (sometimes unsatisfied, which reopens it once) and the closing, interleaved with the overdue
/// ticks the background service would have made (reminder, supervision, escalation up the household's chain).
/// It stops at the reference time, so whatever state the case is left in is one the workflow reached, and a case
/// raised long before is closed while a recent one is still open.
/// </summary>
/// <remarks>
/// Actors: the household raises and rates; the current handler signs, sends back, starts, resolves and closes;
/// the level above grants an extension; <see cref="RequestWorkflow.SystemActor"/> ticks.
/// </remarks>
internal sealed class CaseSimulator(SeedRandom rng, RequestTimeLimits limits, DateTimeOffset reference)
{
    /// <summary>How soon after a deadline the background service notices it.</summary>
    private static readonly TimeSpan TickDelay = TimeSpan.FromMinutes(1);

    private const int MaxSteps = 60;

    public SimulatedCase Run(string householdId, EscalationChain chain, RequestCategory category, DateTimeOffset createdAt)
    {
        var first = chain.First ?? throw new InvalidOperationException($"{householdId} has nobody on its chain.");
        var run = new CaseRun(householdId, chain, category);
        run.Record(RequestWorkflow.Raise(
            first.Id, createdAt, limits.AcceptBy(createdAt), limits.DueAt(category, createdAt), householdId), createdAt);

        var plan = Plan(run);
        for (var step = 0; step < MaxSteps && plan is not null; step++)
        {
            if (NextTick(run.State) is { } tick && tick < plan.At)
            {
                if (tick > reference)
                {
                    break;
                }

                var assignee = run.State.Assignee;
                run.Record(RequestWorkflow.Apply(run.State, Escalation(run, tick), tick, RequestWorkflow.SystemActor, limits), tick);
                if (run.State.Assignee != assignee)
                {
                    plan = Plan(run);
                }

                continue;
            }

            if (plan.At > reference)
            {
                break;
            }

            run.Record(RequestWorkflow.Apply(run.State, plan.Action, plan.At, plan.Actor, limits), plan.At);
            plan = Plan(run);
        }

        return new SimulatedCase(run.State, run.Events, run.Assignments);
    }

    // The background service's next tick on an overdue case: a minute after the deadline, then one step interval
    // after the last reminder or supervision.
    private DateTimeOffset? NextTick(RequestState state)
    {
        if (RequestWorkflow.Deadline(state) is not { } deadline)
        {
            return null;
        }

        var at = deadline + TickDelay;
        if (state.OverdueSteps > 0 && state.LastUrgedAt is { } last && last + limits.OverdueStepInterval > at)
        {
            at = last + limits.OverdueStepInterval;
        }

        return at;
    }

    private RequestAction.Escalate Escalation(CaseRun run, DateTimeOffset at) =>
        RequestWorkflow.NextOverdueStep(run.State, at, limits) == RequestEventType.Escalated && run.Chain.Next(run.State.Assignee) is { } next
            ? new RequestAction.Escalate(next.Id, limits.AcceptBy(at), limits.DueAt(run.Category, at))
            : new RequestAction.Escalate();

    private PlannedAction? Plan(CaseRun run)
    {
        var state = run.State;
        var now = run.LastAt;
        var above = run.Chain.Next(state.Assignee);
        return state.Status switch
        {
            RequestStatus.Dispatched => PlanDispatched(run, now, above),
            RequestStatus.Accepted when run.Category == RequestCategory.Enquiry && rng.Chance(0.6) =>
                Resolve(run, now, above),
            RequestStatus.Accepted => new(now + Minutes(10, 360), new RequestAction.Start(), state.Assignee),
            RequestStatus.InProgress when limits.MayExtend(state.Extensions) && rng.Chance(0.07) =>
                new(now + (state.DueAt - now) * Between(0.5, 0.95),
                    new RequestAction.RequestExtension(limits.ExtendedDueAt(run.Category, state.DueAt), rng.Pick(CasePools.ExtensionReasons)),
                    above?.Id ?? state.Assignee),
            RequestStatus.InProgress => Resolve(run, now, above),
            RequestStatus.Resolved => PlanFollowUp(run, now),
            RequestStatus.Rated => new(now + Minutes(60, 72 * 60), new RequestAction.Close(), state.Assignee),
            _ => null,
        };
    }

    private PlannedAction PlanDispatched(CaseRun run, DateTimeOffset now, ChainHandler? above)
    {
        var handler = run.Chain.Handlers.First(h => h.Id == run.State.Assignee);
        if (above is not null && rng.Chance(SendBackRate(handler.Level)))
        {
            var at = now + Minutes(5, 25);
            var sendBack = new RequestAction.SendBack(
                rng.Pick(CasePools.SendBackReasons), above.Id, limits.AcceptBy(at), limits.DueAt(run.Category, at));
            return new(at, sendBack, handler.Id);
        }

        // Most sign within the half hour; some late enough for a reminder; a few so late the case climbs. The top
        // of the chain always signs in time, so no case collects supervisions for ever.
        var roll = above is null ? 0 : rng.NextDouble();
        var delay = roll switch
        {
            < 0.85 => Minutes(2, 28),
            < 0.97 => Minutes(31, 150),
            _ => Minutes(5 * 60, 40 * 60),
        };
        return new(now + delay, new RequestAction.Accept(), handler.Id);
    }

    private PlannedAction Resolve(CaseRun run, DateTimeOffset now, ChainHandler? above)
    {
        // Nine in ten resolve in time; the others overrun their due time, are reminded, supervised and escalated.
        var share = above is not null && rng.Chance(0.1) ? Between(1.05, 1.6) : Between(0.05, 0.95);
        var at = now + (run.State.DueAt - now) * share;
        var note = rng.Pick(CasePools.ResolutionNotes[run.Category]);
        return new(at, new RequestAction.Resolve(note), run.State.Assignee);
    }

    private PlannedAction PlanFollowUp(CaseRun run, DateTimeOffset now)
    {
        if (!rng.Chance(0.82))
        {
            var closable = limits.CloseWithoutRatingFrom(run.State.ResolvedAt ?? now);
            return new(closable + Minutes(60, 48 * 60), new RequestAction.Close(), run.State.Assignee);
        }

        var at = now + Minutes(120, 72 * 60);
        if (!run.Reopened && rng.Chance(0.08))
        {
            run.Reopened = true;
            return new(at, new RequestAction.Rate(RequestRating.Unsatisfied, limits.DueAt(run.Category, at)), run.HouseholdId);
        }

        var rating = rng.Chance(0.8) ? RequestRating.Satisfied : RequestRating.BasicallySatisfied;
        return new(at, new RequestAction.Rate(rating), run.HouseholdId);
    }

    private static double SendBackRate(EscalationLevel level) => level switch
    {
        EscalationLevel.LinkingMember => 0.06,
        EscalationLevel.CentralHouseholdHost => 0.04,
        EscalationLevel.PartyGroup => 0.03,
        EscalationLevel.Village => 0.02,
        EscalationLevel.Township => 0.01,
        _ => 0,
    };

    private TimeSpan Minutes(int from, int to) => TimeSpan.FromMinutes(rng.Next(from, to + 1));

    private double Between(double from, double to) => from + (to - from) * rng.NextDouble();

    private sealed record PlannedAction(DateTimeOffset At, RequestAction Action, string Actor);

    // The case as it runs: its state, its history so far, and whether it was reopened already (once at most).
    private sealed class CaseRun(string householdId, EscalationChain chain, RequestCategory category)
    {
        public string HouseholdId { get; } = householdId;

        public EscalationChain Chain { get; } = chain;

        public RequestCategory Category { get; } = category;

        public RequestState State { get; private set; } = null!;

        public DateTimeOffset LastAt { get; private set; }

        public bool Reopened { get; set; }

        public List<RequestEventRecord> Events { get; } = [];

        public List<CaseAssignment> Assignments { get; } = [];

        public void Record(RequestTransition transition, DateTimeOffset at)
        {
            if (Assignments.Count == 0 || Assignments[^1].Assignee != transition.State.Assignee)
            {
                if (Assignments.Count > 0)
                {
                    Assignments[^1] = Assignments[^1] with { Until = at };
                }

                Assignments.Add(new CaseAssignment(transition.State.Assignee, at, null));
            }

            State = transition.State;
            LastAt = at;
            Events.AddRange(transition.Events);
        }
    }
}
