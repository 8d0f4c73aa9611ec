namespace GovGraph.Bench;

/// <summary>Everything measured at one scale.</summary>
internal sealed record ScaleResult(
    int Scale,
    SeedMarker Seed,
    bool SeedReused,
    long ShanmenSubtree,
    IReadOnlyDictionary<string, string> Inputs,
    string LoadBefore,
    string LoadAfter,
    IReadOnlyList<QueryResult> Queries);
