using GovGraph.Api.Changes.Mutations;
using GovGraph.Api.Graph.Lists;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Editing;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.ServiceRequests.Mutations;

/// <summary>
/// The cloud platform's case mutations (issue 7): raise, accept (签收), send back (退单), start, extend (延期), resolve
/// (办结), rate (回访) and close (销号). Each runs through <see cref="MutationRunner"/> with the
/// <see cref="ServiceRequestEditor"/>, reads the time from the injected <see cref="TimeProvider"/>, and answers a
/// <c>ServiceRequestPayload</c>. An action the case's status does not allow is ILLEGAL_TRANSITION and changes nothing.
/// </summary>
public static class RequestMutations
{
    // Who may act, in every description: the rules are RequestAuthority's (storage), judged on the caller's scope.
    private const string Writers = "Needs the editor or admin role (else `FORBIDDEN`); a case outside your scope is `NODE_NOT_FOUND`.";

    private const string HandlerOnly =
        Writers + " The handler's work: your scope must hold the case's current handler (its own unit's key, or a level above acting for it), else `NOT_HANDLER`.";

    public static void AddTo(ObjectGraphType mutation)
    {
        AddRaise(mutation);

        Act(mutation, "acceptRequest", "AcceptRequestInput",
            "Signs for a DISPATCHED case (签收): it becomes ACCEPTED with an ACCEPTED event, and is then held to its `dueAt`. " + HandlerOnly,
            _ => { },
            _ => (_, _) => new RequestAction.Accept());

        mutation.Field<NodePayloadType<ServiceRequestType>>("sendBackRequest")
            .Description("Sends a DISPATCHED or ACCEPTED case back (退单) to the next level up its household's chain (linking member → central-household host → party group → village → township → city): DISPATCHED to that handler with a new `acceptBy` and `dueAt` from now, with SENT_BACK and DISPATCHED events. At the top it is `NO_HANDLER`. The level above may lie outside your scope: the case goes there all the same (the chain decides, not the caller) and leaves your hands. " + HandlerOnly)
            .Arguments(Input("SendBackRequestInput", "sendBackRequest", i =>
            {
                i.Request();
                i.Field<NonNullGraphType<StringGraphType>>("reason").Description($"Why the handler cannot take it (1–{RequestInputs.MaxNoteLength} characters).");
            }))
            .ResolveAsync(async c => await MutationRunner.RunAsync<ServiceRequestEditor>(c, "sendBackRequest", async (editor, tx, actor, key, ct) =>
            {
                var input = MutationInputs.Of(c);
                var reason = RequestInputs.Text(input, "reason");
                return await editor.SendBackAsync(tx, MutationInputs.Id(input, "request"), reason, Now(c), actor, key, ct);
            }));

        Act(mutation, "startRequest", "StartRequestInput",
            "Starts work on an ACCEPTED case (办理中, the first response): it becomes IN_PROGRESS with a STARTED event. " + HandlerOnly,
            _ => { },
            _ => (_, _) => new RequestAction.Start());

        Act(mutation, "requestExtension", "RequestExtensionInput",
            "Grants an ACCEPTED or IN_PROGRESS case more time (延期), with an EXTENDED event; at most `ServiceRequests:MaxExtensions` times (then `ILLEGAL_TRANSITION`). " + Writers
            + " Granted by the level above: your scope must hold the level above the current handler on the household's chain (at the top, the city itself), else `NOT_LEVEL_ABOVE`; a key scoped at or below the handler's own unit cannot extend its own deadline.",
            i =>
            {
                i.Field<NonNullGraphType<StringGraphType>>("reason").Description($"Why more time is needed (1–{RequestInputs.MaxNoteLength} characters).");
                i.Field<DateTimeScalar>("until").Description("The new due time, later than now and than the current `dueAt`. Default: the category's working days again, counted from the current `dueAt`.");
            },
            a =>
            {
                var reason = RequestInputs.Text(a.Input, "reason");
                var until = RequestInputs.Future(a.Input, "until", a.Now);
                return (category, state) => new RequestAction.RequestExtension(until ?? a.Limits.ExtendedDueAt(category, state.DueAt), reason);
            });

        Act(mutation, "resolveRequest", "ResolveRequestInput",
            "Resolves an ACCEPTED or IN_PROGRESS case (已办结), saying what was done: it becomes RESOLVED with a RESOLVED event and waits for the resident's rating. " + HandlerOnly,
            i => i.Field<NonNullGraphType<StringGraphType>>("note").Description($"What the handler did (1–{RequestInputs.MaxNoteLength} characters); kept as `resolutionNote`."),
            a =>
            {
                var note = RequestInputs.Text(a.Input, "note");
                return (_, _) => new RequestAction.Resolve(note);
            });

        Act(mutation, "rateRequest", "RateRequestInput",
            "Records the resident's rating of a RESOLVED case (回访), with a RATED event. SATISFIED or BASICALLY_SATISFIED makes it RATED; UNSATISFIED reopens it (重办): IN_PROGRESS again with the same handler, a new `dueAt` and a REOPENED event, the rating kept until it is rated again. "
            + Writers + " Anyone who may write the case records the follow-up.",
            i =>
            {
                i.Field<NonNullGraphType<RequestRatingEnum>>("rating").Description("The resident's rating.");
                i.Field<DateTimeScalar>("dueAt").Description("Only with UNSATISFIED: the reopened case's new due time, later than now. Default: the category's working days counted from now.");
            },
            a =>
            {
                var rating = RequestInputs.Enum<RequestRating>(a.Input, "rating");
                var dueAt = RequestInputs.Future(a.Input, "dueAt", a.Now);
                if (rating != RequestRating.Unsatisfied)
                {
                    return dueAt is null
                        ? (_, _) => new RequestAction.Rate(rating)
                        : throw new DomainRuleException(RuleCodes.InvalidInput, "`dueAt` is given only with an UNSATISFIED rating, which reopens the case.", "dueAt");
                }

                return (category, _) => new RequestAction.Rate(rating, dueAt ?? a.Limits.DueAt(category, a.Now));
            });

        Act(mutation, "closeRequest", "CloseRequestInput",
            "Closes a case (销号): a RATED one, or a RESOLVED one nobody rated once `ServiceRequests:CloseWithoutRatingAfterDays` (default 7) have passed since its resolution (before that `ILLEGAL_TRANSITION`). It becomes CLOSED with a CLOSED event. "
            + Writers + " Anyone who may write the case closes it.",
            _ => { },
            _ => (_, _) => new RequestAction.Close());
    }

    private static void AddRaise(ObjectGraphType mutation) =>
        mutation.Field<NodePayloadType<ServiceRequestType>>("raiseRequest")
            .Description("Raises a case for a household (群众随时呼叫): a `ServiceRequest` RAISED_BY it and DISPATCHED to the first handler of its chain (its linking member, else the lowest present level), with RAISED and DISPATCHED events, `acceptBy` and `dueAt` from the category's limits. "
                + "Needs the editor or admin role (else `FORBIDDEN`); the household must lie within your scope (else `NODE_NOT_FOUND`); nobody on its chain is `NO_HANDLER`.")
            .Arguments(Input("RaiseRequestInput", "raiseRequest", i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("household").Description("The `Household` raising the case; it must lie within your scope.");
                i.Field<NonNullGraphType<RequestCategoryEnum>>("category").Description("What it is about; the due time follows from it.");
                i.Field<NonNullGraphType<StringGraphType>>("description").Description($"What the resident asks for, in their words (1–{NodeProperties.MaxDescriptionLength} characters).");
                i.Field<RequestChannelEnum>("channel").Description("How the resident raised it.").DefaultValue(RequestValueNames.Of(RequestChannel.Phone));
            }))
            .ResolveAsync(async c => await MutationRunner.RunAsync<ServiceRequestEditor>(c, "raiseRequest", async (editor, tx, actor, key, ct) =>
            {
                var input = MutationInputs.Of(c);
                var command = new RaiseRequest(
                    MutationInputs.Id(input, "household"),
                    RequestInputs.Enum<RequestCategory>(input, "category"),
                    RequestInputs.Text(input, "description", NodeProperties.MaxDescriptionLength),
                    input.GetValueOrDefault("channel") is null ? RequestChannel.Phone : RequestInputs.Enum<RequestChannel>(input, "channel"),
                    Now(c));
                return await editor.RaiseAsync(tx, command, actor, key, ct);
            }));

    /// <summary>
    /// One action on a case. <paramref name="action"/> checks the input (before anything is read) and returns how to
    /// build the action from the stored case's category and state, which the editor reads once for the whole step.
    /// </summary>
    private static void Act(
        ObjectGraphType mutation, string name, string inputName, string description, Action<RequestInputType> fields,
        Func<ActionInput, Func<RequestCategory, RequestState, RequestAction>> action) =>
        mutation.Field<NodePayloadType<ServiceRequestType>>(name)
            .Description(description)
            .Arguments(Input(inputName, name, i =>
            {
                i.Request();
                fields(i);
            }))
            .ResolveAsync(async c => await MutationRunner.RunAsync<ServiceRequestEditor>(c, name, async (editor, tx, actor, key, ct) =>
            {
                var input = MutationInputs.Of(c);
                var request = MutationInputs.Id(input, "request");
                var now = Now(c);
                return await editor.ApplyAsync(tx, request, action(new ActionInput(input, now, editor.Limits)), now, actor, key, ct);
            }));

    private static QueryArgument Input(string name, string mutation, Action<RequestInputType> fields) =>
        new(new NonNullGraphType(new RequestInputType(name, mutation, fields))) { Name = "input", Description = $"The input of `{mutation}`." };

    private static DateTimeOffset Now(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>What an action is built from: the input, the time and the limits (the stored case comes later).</summary>
    private sealed record ActionInput(IReadOnlyDictionary<string, object?> Input, DateTimeOffset Now, RequestTimeLimits Limits);
}
