using System.Globalization;
using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;

namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// Between <see cref="RequestWorkflow"/>'s records and the stored properties of <c>ServiceRequest</c> and
/// <c>RequestEvent</c> nodes (NodeProperties), so that storage code reads a state from a node, applies a
/// transition and writes the result back without knowing the property names or formats.
/// </summary>
public static class RequestProperties
{
    private static readonly string[] StateProperties =
    [
        Props.Status, Props.CreatedAt, Props.AcceptBy, Props.DueAt, Props.Extensions, Props.OverdueSteps,
        Props.LastUrgedAt, Props.ResolvedAt, Props.ResolutionNote, Props.Rating, Props.ClosedAt,
        Props.Deadline, Props.FirstAcceptBy, Props.PromisedDueAt, Props.AcceptedAt, Props.StartedAt,
    ];

    /// <summary>
    /// The properties a state stores, every one named: a null value clears an optional property, so the result
    /// serves <see cref="PropertyValidator.ForUpdate"/> as it is. (The assignee is the ASSIGNED_TO relationship.)
    /// </summary>
    public static Dictionary<string, object?> Of(RequestState state) => new(StringComparer.Ordinal)
    {
        [Props.Status] = RequestValueNames.Of(state.Status),
        [Props.CreatedAt] = PropertyValidator.IsoInstant(state.CreatedAt),
        [Props.AcceptBy] = PropertyValidator.IsoInstant(state.AcceptBy),
        [Props.DueAt] = PropertyValidator.IsoInstant(state.DueAt),
        [Props.Extensions] = (long)state.Extensions,
        [Props.OverdueSteps] = (long)state.OverdueSteps,
        [Props.LastUrgedAt] = Instant(state.LastUrgedAt),
        [Props.ResolvedAt] = Instant(state.ResolvedAt),
        [Props.ResolutionNote] = state.ResolutionNote,
        [Props.Rating] = state.Rating is { } rating ? RequestValueNames.Of(rating) : null,
        [Props.ClosedAt] = Instant(state.ClosedAt),
        // Derived, never read back: the one instant an "overdue now?" query compares (Deadlines.HeldTo).
        [Props.Deadline] = Instant(Deadlines.HeldTo(state.Status, state.AcceptBy, state.DueAt)),
        [Props.FirstAcceptBy] = Instant(state.FirstAcceptBy),
        [Props.PromisedDueAt] = Instant(state.PromisedDueAt),
        [Props.AcceptedAt] = Instant(state.AcceptedAt),
        [Props.StartedAt] = Instant(state.StartedAt),
    };

    /// <summary>
    /// The properties of a state that differ from <paramref name="before"/>'s, for an update that touches only
    /// what the transition changed.
    /// </summary>
    public static Dictionary<string, object?> Changes(RequestState before, RequestState after)
    {
        var old = Of(before);
        return Of(after).Where(p => !Equals(old[p.Key], p.Value)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// The state stored on a <c>ServiceRequest</c> node whose current ASSIGNED_TO points at
    /// <paramref name="assignee"/>. Stored values were checked on the way in, so a missing or malformed one is a
    /// corrupt store and throws <see cref="InvalidOperationException"/>.
    /// </summary>
    public static RequestState ToState(string assignee, IReadOnlyDictionary<string, object?> properties) =>
        new(
            Choice(RequestValueNames.Parse<RequestStatus>, properties, Props.Status),
            assignee,
            RequiredInstant(properties, Props.CreatedAt),
            RequiredInstant(properties, Props.AcceptBy),
            RequiredInstant(properties, Props.DueAt))
        {
            Extensions = (int)Integer(properties, Props.Extensions),
            OverdueSteps = (int)Integer(properties, Props.OverdueSteps),
            LastUrgedAt = OptionalInstant(properties, Props.LastUrgedAt),
            ResolvedAt = OptionalInstant(properties, Props.ResolvedAt),
            ResolutionNote = properties.GetValueOrDefault(Props.ResolutionNote) as string,
            Rating = properties.GetValueOrDefault(Props.Rating) is string rating
                ? RequestValueNames.Parse<RequestRating>(rating) ?? throw Corrupt(Props.Rating)
                : null,
            ClosedAt = OptionalInstant(properties, Props.ClosedAt),
            FirstAcceptBy = OptionalInstant(properties, Props.FirstAcceptBy),
            PromisedDueAt = OptionalInstant(properties, Props.PromisedDueAt),
            AcceptedAt = OptionalInstant(properties, Props.AcceptedAt),
            StartedAt = OptionalInstant(properties, Props.StartedAt),
        };

    /// <summary>
    /// What <see cref="ServiceFigures"/> needs of a stored <c>ServiceRequest</c> node (id and properties), read
    /// from the node alone. Throws as <see cref="ToState"/> does for a corrupt store.
    /// </summary>
    public static CaseSummary ToSummary(string id, IReadOnlyDictionary<string, object?> properties)
    {
        var state = ToState("", properties);
        var category = properties.GetValueOrDefault(Props.Category) is string name && RequestValueNames.Parse<RequestCategory>(name) is { } c
            ? c
            : throw Corrupt(Props.Category);
        return new CaseSummary(
            id, category, state.Status, state.CreatedAt, state.FirstAcceptBy ?? state.AcceptBy, state.PromisedDueAt ?? state.DueAt,
            state.AcceptedAt, state.StartedAt, state.ResolvedAt, state.ClosedAt, state.Rating)
        {
            CurrentAcceptBy = state.FirstAcceptBy is { } first && first != state.AcceptBy ? state.AcceptBy : null,
            CurrentDueAt = state.PromisedDueAt is { } promised && promised != state.DueAt ? state.DueAt : null,
        };
    }

    /// <summary>The properties of the <c>RequestEvent</c> node recording <paramref name="record"/>.</summary>
    public static Dictionary<string, object?> Of(RequestEventRecord record)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [Props.Type] = RequestValueNames.Of(record.Type),
            [Props.At] = PropertyValidator.IsoInstant(record.At),
            [Props.Actor] = record.Actor,
        };
        AddIfSet(properties, Props.Note, record.Note);
        AddIfSet(properties, Props.FromAssignee, record.FromAssignee);
        AddIfSet(properties, Props.ToAssignee, record.ToAssignee);
        return properties;
    }

    /// <summary>True for the properties a transition may change (the rest are the resident's words and the category).</summary>
    public static bool IsWorkflowProperty(string name) => StateProperties.Contains(name, StringComparer.Ordinal);

    private static void AddIfSet(Dictionary<string, object?> properties, string name, string? value)
    {
        if (value is not null)
        {
            properties[name] = value;
        }
    }

    private static string? Instant(DateTimeOffset? instant) => instant is { } i ? PropertyValidator.IsoInstant(i) : null;

    private static T Choice<T>(Func<string, T?> parse, IReadOnlyDictionary<string, object?> properties, string name)
        where T : struct =>
        properties.GetValueOrDefault(name) is string s && parse(s) is { } value ? value : throw Corrupt(name);

    private static DateTimeOffset RequiredInstant(IReadOnlyDictionary<string, object?> properties, string name) =>
        OptionalInstant(properties, name) ?? throw Corrupt(name);

    private static DateTimeOffset? OptionalInstant(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.GetValueOrDefault(name) switch
        {
            null => null,
            DateTimeOffset instant => instant,
            string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
            _ => throw Corrupt(name),
        };

    // Missing counters read as 0: cases stored before the bookkeeping existed have none.
    private static long Integer(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.GetValueOrDefault(name) switch
        {
            null => 0,
            long l => l,
            int i => i,
            double d when d == Math.Floor(d) => (long)d,
            _ => throw Corrupt(name),
        };

    private static InvalidOperationException Corrupt(string name) => new($"The stored request has no valid `{name}`.");
}
