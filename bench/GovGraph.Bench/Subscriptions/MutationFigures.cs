namespace GovGraph.Bench.Subscriptions;

/// <summary>What the mutation driver did: sent, committed without errors, and the rate it achieved.</summary>
internal sealed record MutationFigures(int Sent, int Committed, double RatePerSecond);
