using GovGraph.Domain.Model;

namespace GovGraph.Domain.Rules;

/// <summary>
/// A relationship type a node may hold at most one current instance of, on one side: following
/// <paramref name="Side"/> from the limited node (Out: the start, such as a leader's one contact; In: the end,
/// such as a household's one group). A second one is refused with <paramref name="Code"/>.
/// </summary>
public sealed record OnePer(string Type, Direction Side, string Code);
