namespace GovGraph.Bench;

/// <summary>One query at one scale: both latencies, store calls on each side and where the floor's time goes.</summary>
internal sealed record QueryResult(
    Scenario Scenario,
    LatencyStats Http,
    LatencyStats Floor,
    int ApiStoreCalls,
    int FloorStoreCalls,
    double ServerElapsedMs,
    bool AnswersEqual,
    int ResponseBytes,
    IReadOnlyList<(string Step, double Share, double MeanMs)> FloorSteps)
{
    public double Ratio => Http.P50 / Floor.P50;
}
