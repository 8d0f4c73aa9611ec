using System.Globalization;
using GraphQL;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>Reading a mutation's <c>input</c> object, which GraphQL.NET hands over as a dictionary of the fields given.</summary>
public static class MutationInputs
{
    public const string ClientMutationIdDescription =
        "Any id the client chooses for this request (1–200 printable characters). Repeating a mutation with the same id returns the first result and changes nothing again.";

    public static IReadOnlyDictionary<string, object?> Of(IResolveFieldContext context) =>
        context.GetArgument<Dictionary<string, object?>>("input") ?? [];

    public static string? ClientMutationId(IReadOnlyDictionary<string, object?> input) =>
        input.GetValueOrDefault("clientMutationId") as string;

    /// <summary>An ID field: GraphQL accepts ID literals as strings or integers; both mean the same id.</summary>
    public static string Id(IReadOnlyDictionary<string, object?> input, string field) =>
        OptionalId(input, field) ?? throw new InvalidOperationException($"The schema makes `{field}` non-null.");

    public static string? OptionalId(IReadOnlyDictionary<string, object?> input, string field) =>
        input.GetValueOrDefault(field) switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };

    /// <summary>The input's fields except the named ones: the properties a create or update sets.</summary>
    public static IReadOnlyDictionary<string, object?> Except(IReadOnlyDictionary<string, object?> input, params string[] fields) =>
        input.Where(p => !fields.Contains(p.Key, StringComparer.Ordinal)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
