namespace GovGraph.Domain.Model;

/// <summary>What a well-formed node id looks like, so bad ids are refused before any store call.</summary>
public static class NodeIds
{
    public const int MaxLength = 200;

    /// <summary>A fresh id for a node created without one: <c>&lt;label in lower case&gt;:&lt;guid&gt;</c>, e.g. <c>village:3f2a…</c>.</summary>
    public static string New(string label) => $"{label.ToLowerInvariant()}:{Guid.NewGuid():N}";

    /// <summary>A fresh relationship id.</summary>
    public static string NewRelationship() => $"r:{Guid.NewGuid():N}";

    public static bool IsWellFormed(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && id.Length <= MaxLength
        && !id.Any(char.IsControl)
        && !HasLoneSurrogate(id);

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }
}
