namespace GovGraph.Storage;

/// <summary>
/// When a relationship holds. Relationships may carry <c>since</c> and <c>until</c> (ISO dates); unlinking sets
/// <c>until</c> instead of erasing history. A relationship is valid at a date D when <c>since</c> is absent or
/// ≤ D and <c>until</c> is absent or &gt; D. "Current" means valid today; placement ("under X") follows only
/// current relationships.
/// </summary>
public static class Validity
{
    public static bool IsValidAt(string? since, string? until, DateOnly date)
    {
        var iso = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return (since is null || string.CompareOrdinal(since, iso) <= 0)
            && (until is null || string.CompareOrdinal(until, iso) > 0);
    }
}
