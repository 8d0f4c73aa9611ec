namespace GovGraph.Domain.Rules;

/// <summary>
/// A change refused by a domain rule (or by its input): <see cref="Code"/> is one of <see cref="RuleCodes"/>,
/// stable for clients; <see cref="Field"/> names the input field at fault. Thrown inside a write transaction,
/// it rolls the whole transaction back, so a refused mutation changes nothing.
/// </summary>
public sealed class DomainRuleException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;

    public string? Field { get; } = field;
}
