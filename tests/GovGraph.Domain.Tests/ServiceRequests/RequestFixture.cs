using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Domain.Tests.ServiceRequests;

/// <summary>A case raised at a fixed time, with the handlers of one chain and the default options.</summary>
internal static class RequestFixture
{
    public const string Member = "person-linking-member";
    public const string Host = "central-household-1";
    public const string Group = "party-group-1";
    public const string Resident = "household-1";
    public const string Editor = "editor-alice";

    public static readonly DateTimeOffset Raised = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly RequestTimeLimits Options = RequestTimeLimits.Default;

    public static RequestState NewRequest() =>
        RequestWorkflow.Raise(Member, Raised, Raised.AddMinutes(30), Raised.AddDays(10), Resident).State;

    // Rounded to whole ticks so that At(0.6) + 2 hours is exactly At(2.6).
    public static DateTimeOffset At(double hoursAfterRaise) => Raised.AddTicks((long)Math.Round(hoursAfterRaise * TimeSpan.TicksPerHour));

    public static RequestState Apply(RequestState state, RequestAction action, double hoursAfterRaise) =>
        RequestWorkflow.Apply(state, action, At(hoursAfterRaise), Editor, Options).State;

    /// <summary>A case in <paramref name="status"/>, reached the ordinary way, at most 1 hour after it was raised.</summary>
    public static RequestState InStatus(RequestStatus status)
    {
        var state = NewRequest();
        if (status == RequestStatus.Dispatched)
        {
            return state;
        }

        state = Apply(state, new RequestAction.Accept(), 0.1);
        if (status == RequestStatus.Accepted)
        {
            return state;
        }

        state = Apply(state, new RequestAction.Start(), 0.2);
        if (status == RequestStatus.InProgress)
        {
            return state;
        }

        state = Apply(state, new RequestAction.Resolve("Fixed the street lamp."), 0.3);
        if (status == RequestStatus.Resolved)
        {
            return state;
        }

        state = Apply(state, new RequestAction.Rate(RequestRating.Satisfied), 0.4);
        if (status == RequestStatus.Rated)
        {
            return state;
        }

        return Apply(state, new RequestAction.Close(), 0.5);
    }
}
