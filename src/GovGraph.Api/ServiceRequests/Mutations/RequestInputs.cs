using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Api.ServiceRequests.Mutations;

/// <summary>
/// Reading a case mutation's input with the checks the schema cannot make (blank or overlong text, a time that has
/// passed), each refused as INVALID_INPUT naming the field, before anything is read or written.
/// </summary>
public static class RequestInputs
{
    /// <summary>Longest reason or note: what the store holds for any text (the event's note, the resolution note).</summary>
    public const int MaxNoteLength = PropertyValidator.MaxTextLength;

    /// <summary>A required text field: not blank, at most <paramref name="maxLength"/> characters.</summary>
    public static string Text(IReadOnlyDictionary<string, object?> input, string field, int maxLength = MaxNoteLength)
    {
        var text = input.GetValueOrDefault(field) as string;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Invalid(field, $"`{field}` is required and cannot be blank.");
        }

        return text.Length <= maxLength ? text : throw Invalid(field, $"`{field}` may hold at most {maxLength} characters.");
    }

    /// <summary>An optional time that, when given, must be later than <paramref name="now"/>.</summary>
    public static DateTimeOffset? Future(IReadOnlyDictionary<string, object?> input, string field, DateTimeOffset now) =>
        input.GetValueOrDefault(field) switch
        {
            null => null,
            DateTimeOffset at when at > now => at,
            DateTimeOffset => throw Invalid(field, $"`{field}` must be later than now."),
            var other => throw new InvalidOperationException($"The DateTime scalar gave a {other.GetType().Name} for `{field}`."),
        };

    /// <summary>A required enum field; the schema has already checked the name.</summary>
    public static TEnum Enum<TEnum>(IReadOnlyDictionary<string, object?> input, string field)
        where TEnum : struct, System.Enum =>
        input.GetValueOrDefault(field) is string name && RequestValueNames.Parse<TEnum>(name) is { } value
            ? value
            : throw Invalid(field, $"`{field}` is not one of {string.Join(", ", RequestValueNames.All<TEnum>())}.");

    private static DomainRuleException Invalid(string field, string message) => new(RuleCodes.InvalidInput, message, field);
}
