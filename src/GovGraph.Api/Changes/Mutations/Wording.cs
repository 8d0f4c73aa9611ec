namespace GovGraph.Api.Changes.Mutations;

/// <summary>Small English helpers for the generated descriptions of per-label mutations.</summary>
public static class Wording
{
    /// <summary>The label in backticks with its article: "a `Village`", "an `Agency`".</summary>
    public static string A(string label) => ("AEIOU".Contains(label[0]) ? "an `" : "a `") + label + "`";
}
