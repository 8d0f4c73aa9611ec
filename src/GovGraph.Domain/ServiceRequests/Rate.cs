namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// A rate kept as its two counts, so that parents can add up their children's rates exactly and tests can
/// assert them without rounding.
/// </summary>
/// <param name="Met">The cases that met the rule.</param>
/// <param name="OutOf">The cases the rule was judged on.</param>
public sealed record Rate(int Met, int OutOf)
{
    /// <summary>Met ÷ OutOf between 0 and 1, or null when no case was judged (no rate rather than a false 0 or 1).</summary>
    public double? Value => OutOf == 0 ? null : (double)Met / OutOf;

    /// <summary>The two rates' cases together.</summary>
    public static Rate operator +(Rate left, Rate right) => new(left.Met + right.Met, left.OutOf + right.OutOf);
}
