namespace GovGraph.Bench.Subscriptions;

/// <summary>
/// What the mutation driver did: sent (at <see cref="OfferedPerSecond"/>), committed without errors, and how long
/// until the last answer came back (longer than the run when the server fell behind).
/// </summary>
internal sealed record MutationFigures(int Sent, int Committed, double OfferedPerSecond, double SecondsToLastAnswer);
