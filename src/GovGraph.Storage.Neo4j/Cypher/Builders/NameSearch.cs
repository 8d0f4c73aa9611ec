using System.Text;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// Name search through the <c>cjk</c> full-text index, with the embedded store's meaning: a case-insensitive substring
/// of the display name (<c>name</c>, else <c>headName</c>), at any length. The <c>cjk</c> analyzer indexes runs of Han
/// characters as overlapping bigrams (and words of other scripts whole, lower-cased, English stop words dropped), so a
/// name containing a run of two or more Han characters holds every bigram of that run at consecutive positions: the
/// run as a quoted phrase finds a superset of the names containing it. The store then keeps only true substrings
/// (the <c>CONTAINS</c> test of <see cref="CypherCriteria.Predicate"/>), so the index narrows and never decides.
/// A query with no such run (one Han character, Latin text, digits, punctuation: which bigrams or whole words cannot
/// find as substrings) falls back to that test on every candidate, as the embedded store falls back to <c>LIKE</c>
/// for one or two characters.
/// </summary>
internal static class NameSearch
{
    public const string IndexName = "gg_search";

    /// <summary>
    /// The Lucene query for the index, or null when the text has no run of two or more Han characters. Only Han
    /// characters go into it, each run inside double quotes, so no Lucene operator or escape can occur in it.
    /// </summary>
    public static string? IndexQuery(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var phrases = new List<string>();
        var run = new StringBuilder();
        foreach (var c in text + "\0")
        {
            if (IsHan(c))
            {
                run.Append(c);
                continue;
            }

            if (run.Length >= 2)
            {
                phrases.Add("\"" + run + "\"");
            }

            run.Clear();
        }

        // Neo4j's query parser joins terms with OR by default; every run must occur.
        return phrases.Count == 0 ? null : string.Join(" AND ", phrases.Distinct(StringComparer.Ordinal));
    }

    /// <summary>
    /// CJK Unified Ideographs and Extension A: what Lucene's standard tokenizer emits one character at a time for the
    /// bigram filter to pair. (Supplementary-plane ideographs are surrogate pairs here and simply end a run.)
    /// </summary>
    private static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');
}
