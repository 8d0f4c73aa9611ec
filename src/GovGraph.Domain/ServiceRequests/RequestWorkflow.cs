using GovGraph.Domain.Rules;

namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// The life of a cloud-platform case (DOMAIN.md, "How the cloud platform's cases flow") as a pure state machine:
/// given a state, an action and the time, it returns the new state and the events to record, or throws
/// <see cref="DomainRuleException"/> and changes nothing. It reads no clock, no graph and no calendar: the caller
/// passes the time, the handlers (the household's linking member, the level above) and the instants the
/// category's limits give.
/// </summary>
/// <remarks>
/// <para>Transitions (anything else is <see cref="RuleCodes.IllegalTransition"/>):</para>
/// <list type="bullet">
/// <item>Dispatched → Accepted (Accept), Dispatched/Accepted → Dispatched one level up (SendBack).</item>
/// <item>Accepted → InProgress (Start); Accepted/InProgress → Resolved (Resolve); RequestExtension keeps the status.</item>
/// <item>Resolved → Rated (satisfied or basically satisfied), Resolved → InProgress (unsatisfied: reopened).</item>
/// <item>Rated → Closed, or Resolved → Closed once <see cref="RequestTimeLimits.CloseWithoutRatingAfterDays"/> has passed.</item>
/// </list>
/// <para>
/// Overdue policy (Escalate): a case is overdue when, Dispatched, its <c>acceptBy</c> has passed, or, Accepted or
/// InProgress, its <c>dueAt</c> has. The first tick after that records REMINDED (催办, the handler is reminded);
/// a tick at least <see cref="RequestTimeLimits.OverdueStepInterval"/> later records SUPERVISED (督办, the
/// level above is told); one more interval later a tick records ESCALATED (提级) and dispatches the case to the
/// level above with new limits, starting the steps again. Ticks in between are illegal: nothing is due, so a
/// background service may tick as often as it likes after asking <see cref="NextOverdueStep"/>. Accepting,
/// extending, resolving, reopening and any reassignment set a new deadline and start the steps again.
/// </para>
/// </remarks>
public static class RequestWorkflow
{
    /// <summary>The actor the background escalation service records.</summary>
    public const string SystemActor = "system";

    private const string RequestField = "request";

    /// <summary>
    /// A new case, raised at <paramref name="now"/> and dispatched to <paramref name="assignee"/> (the household's
    /// linking member, or the unit above when it has none): records RAISED, then DISPATCHED.
    /// </summary>
    public static RequestTransition Raise(string assignee, DateTimeOffset now, DateTimeOffset acceptBy, DateTimeOffset dueAt, string actor)
    {
        RequireId(assignee, "assignee");
        RequireLimits(now, acceptBy, dueAt);
        var state = new RequestState(RequestStatus.Dispatched, assignee, now, acceptBy, dueAt) { FirstAcceptBy = acceptBy, PromisedDueAt = dueAt };
        return new(state,
        [
            new(RequestEventType.Raised, now, actor),
            new(RequestEventType.Dispatched, now, actor, ToAssignee: assignee),
        ]);
    }

    /// <summary>
    /// Applies <paramref name="action"/> by <paramref name="actor"/> at <paramref name="now"/>. Throws
    /// <see cref="DomainRuleException"/> <see cref="RuleCodes.IllegalTransition"/> (field <c>request</c>) when the
    /// case's status or time does not allow it, and <see cref="RuleCodes.InvalidInput"/> naming the field when a
    /// reason, note, handler or time is missing or out of order.
    /// </summary>
    public static RequestTransition Apply(
        RequestState state, RequestAction action, DateTimeOffset now, string actor, RequestTimeLimits? options = null)
    {
        options ??= RequestTimeLimits.Default;
        if (!action.AllowedFrom.Contains(state.Status))
        {
            throw Illegal($"A {Name(state.Status)} request cannot be {Verb(action)}; that needs {string.Join(" or ", action.AllowedFrom.Select(Name))}.");
        }

        return action switch
        {
            RequestAction.Accept => Accept(state, now, actor),
            RequestAction.SendBack sendBack => SendBack(state, sendBack, now, actor),
            RequestAction.Start => Start(state, now, actor),
            RequestAction.RequestExtension extension => Extend(state, extension, now, actor, options),
            RequestAction.Resolve resolve => Resolve(state, resolve, now, actor),
            RequestAction.Rate rate => Rate(state, rate, now, actor),
            RequestAction.Close => Close(state, now, actor, options),
            RequestAction.Escalate escalate => Escalate(state, escalate, now, actor, options),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown request action."),
        };
    }

    /// <summary>
    /// The overdue step an Escalate tick at <paramref name="now"/> would record (REMINDED, SUPERVISED or
    /// ESCALATED), or null when none is due: the case is not overdue, or the last step is less than an interval old.
    /// </summary>
    public static RequestEventType? NextOverdueStep(RequestState state, DateTimeOffset now, RequestTimeLimits? options = null)
    {
        options ??= RequestTimeLimits.Default;
        if (!IsOverdue(state, now))
        {
            return null;
        }

        if (state.OverdueSteps > 0 && state.LastUrgedAt is { } last && now < last + options.OverdueStepInterval)
        {
            return null;
        }

        return state.OverdueSteps switch
        {
            0 => RequestEventType.Reminded,
            1 => RequestEventType.Supervised,
            _ => RequestEventType.Escalated,
        };
    }

    /// <summary>
    /// The deadline the case is held to now: <c>acceptBy</c> while it waits to be signed for, <c>dueAt</c> while
    /// it is being handled, none once resolved.
    /// </summary>
    public static DateTimeOffset? Deadline(RequestState state) => Deadlines.HeldTo(state.Status, state.AcceptBy, state.DueAt);

    /// <summary>True when the case has passed the deadline it is held to (<see cref="Deadline"/>); the statistics share the rule (<see cref="Deadlines"/>).</summary>
    public static bool IsOverdue(RequestState state, DateTimeOffset now) => Deadlines.IsOverdue(state.Status, state.AcceptBy, state.DueAt, now);

    private static RequestTransition Accept(RequestState state, DateTimeOffset now, string actor) =>
        new(Calm(state) with { Status = RequestStatus.Accepted, AcceptedAt = state.AcceptedAt ?? now },
            [new(RequestEventType.Accepted, now, actor, ToAssignee: state.Assignee)]);

    private static RequestTransition SendBack(RequestState state, RequestAction.SendBack action, DateTimeOffset now, string actor)
    {
        RequireText(action.Reason, "reason");
        var (next, events) = Reassign(state, action.NextAssignee, action.AcceptBy, action.DueAt, now, actor, RequestEventType.SentBack, action.Reason);
        return new(next, events);
    }

    private static RequestTransition Start(RequestState state, DateTimeOffset now, string actor) =>
        new(state with { Status = RequestStatus.InProgress, StartedAt = state.StartedAt ?? now }, [new(RequestEventType.Started, now, actor, ToAssignee: state.Assignee)]);

    private static RequestTransition Extend(
        RequestState state, RequestAction.RequestExtension action, DateTimeOffset now, string actor, RequestTimeLimits options)
    {
        if (!options.MayExtend(state.Extensions))
        {
            throw Illegal($"The request has had its {options.MaxExtensions} extension(s) already; no more may be granted.");
        }

        RequireText(action.Reason, "reason");
        if (action.Until <= state.DueAt || action.Until <= now)
        {
            throw Invalid("until", "An extension must end later than the current due time and than now.");
        }

        return new(Calm(state) with { DueAt = action.Until, PromisedDueAt = action.Until, Extensions = state.Extensions + 1 },
            [new(RequestEventType.Extended, now, actor, action.Reason, ToAssignee: state.Assignee)]);
    }

    private static RequestTransition Resolve(RequestState state, RequestAction.Resolve action, DateTimeOffset now, string actor)
    {
        RequireText(action.Note, "note");
        return new(Calm(state) with { Status = RequestStatus.Resolved, ResolvedAt = now, ResolutionNote = action.Note },
            [new(RequestEventType.Resolved, now, actor, action.Note, ToAssignee: state.Assignee)]);
    }

    private static RequestTransition Rate(RequestState state, RequestAction.Rate action, DateTimeOffset now, string actor)
    {
        var rated = new RequestEventRecord(RequestEventType.Rated, now, actor, RequestValueNames.Of(action.Rating));
        if (action.Rating != RequestRating.Unsatisfied)
        {
            return new(state with { Status = RequestStatus.Rated, Rating = action.Rating }, [rated]);
        }

        if (action.ReopenDueAt is not { } dueAt || dueAt <= now)
        {
            throw Invalid("dueAt", "An unsatisfied rating reopens the request and needs a new due time later than now.");
        }

        // Reopened (重办): back to the same handler, in progress, with a new due time; the resolution is history now.
        var reopened = Calm(state) with
        {
            Status = RequestStatus.InProgress,
            Rating = action.Rating,
            DueAt = dueAt,
            PromisedDueAt = dueAt,
            ResolvedAt = null,
            ResolutionNote = null,
        };
        return new(reopened, [rated, new(RequestEventType.Reopened, now, actor, ToAssignee: state.Assignee)]);
    }

    private static RequestTransition Close(RequestState state, DateTimeOffset now, string actor, RequestTimeLimits options)
    {
        string? note = null;
        if (state.Status == RequestStatus.Resolved)
        {
            var closable = options.CloseWithoutRatingFrom(state.ResolvedAt ?? now);
            if (now < closable)
            {
                throw Illegal($"A resolved request without a rating can be closed only from {closable:u}, {options.CloseWithoutRatingAfterDays} days after its resolution.");
            }

            note = "Closed without a rating.";
        }

        return new(state with { Status = RequestStatus.Closed, ClosedAt = now }, [new(RequestEventType.Closed, now, actor, note)]);
    }

    private static RequestTransition Escalate(
        RequestState state, RequestAction.Escalate action, DateTimeOffset now, string actor, RequestTimeLimits options)
    {
        var step = NextOverdueStep(state, now, options)
            ?? throw Illegal(IsOverdue(state, now)
                ? $"The request's next overdue step is not due before {state.LastUrgedAt + options.OverdueStepInterval:u}."
                : $"The request is not overdue: its deadline is {Deadline(state):u}.");

        // Nobody above the city: keep the pressure on with another supervision instead of climbing.
        if (step == RequestEventType.Escalated && action.NextAssignee is not null)
        {
            var (next, events) = Reassign(
                state, action.NextAssignee, action.AcceptBy ?? throw Invalid("acceptBy", "An escalation needs the new acceptance time."),
                action.DueAt ?? throw Invalid("dueAt", "An escalation needs the new due time."), now, actor, RequestEventType.Escalated,
                $"Overdue since {Deadline(state):u}.");
            return new(next, events);
        }

        var recorded = step == RequestEventType.Escalated ? RequestEventType.Supervised : step;
        var urged = state with { OverdueSteps = Math.Min(state.OverdueSteps + 1, 2), LastUrgedAt = now };
        return new(urged, [new(recorded, now, actor, $"Overdue since {Deadline(state):u}.", ToAssignee: state.Assignee)]);
    }

    // A send-back or an escalation: the case goes one level up, waits to be signed for again under new limits.
    private static (RequestState State, RequestEventRecord[] Events) Reassign(
        RequestState state, string nextAssignee, DateTimeOffset acceptBy, DateTimeOffset dueAt, DateTimeOffset now, string actor,
        RequestEventType why, string note)
    {
        RequireId(nextAssignee, "nextAssignee");
        if (nextAssignee == state.Assignee)
        {
            throw Invalid("nextAssignee", "The request must go to another handler than the current one.");
        }

        RequireLimits(now, acceptBy, dueAt);
        var next = Calm(state) with { Status = RequestStatus.Dispatched, Assignee = nextAssignee, AcceptBy = acceptBy, DueAt = dueAt };
        return (next,
        [
            new(why, now, actor, note, state.Assignee, nextAssignee),
            new(RequestEventType.Dispatched, now, actor, FromAssignee: state.Assignee, ToAssignee: nextAssignee),
        ]);
    }

    // A new deadline starts the overdue steps again.
    private static RequestState Calm(RequestState state) => state with { OverdueSteps = 0, LastUrgedAt = null };

    private static void RequireLimits(DateTimeOffset now, DateTimeOffset acceptBy, DateTimeOffset dueAt)
    {
        if (acceptBy <= now)
        {
            throw Invalid("acceptBy", "The acceptance time must be later than now.");
        }

        if (dueAt < acceptBy)
        {
            throw Invalid("dueAt", "The due time cannot be earlier than the acceptance time.");
        }
    }

    private static void RequireId(string id, string field)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw Invalid(field, $"`{field}` is required.");
        }
    }

    private static void RequireText(string text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Invalid(field, $"`{field}` is required and cannot be blank.");
        }
    }

    private static string Name(RequestStatus status) => RequestValueNames.Of(status);

    private static string Verb(RequestAction action) => action switch
    {
        RequestAction.Accept => "accepted",
        RequestAction.SendBack => "sent back",
        RequestAction.Start => "started",
        RequestAction.RequestExtension => "extended",
        RequestAction.Resolve => "resolved",
        RequestAction.Rate => "rated",
        RequestAction.Close => "closed",
        RequestAction.Escalate => "escalated",
        _ => "changed",
    };

    private static DomainRuleException Illegal(string message) => new(RuleCodes.IllegalTransition, message, RequestField);

    private static DomainRuleException Invalid(string field, string message) => new(RuleCodes.InvalidInput, message, field);
}
