namespace GovGraph.Bench;

/// <summary>
/// One measured query: its GraphQL text, and its floor — the same answer from direct store calls (the calls its
/// resolvers make) serialised with System.Text.Json, in the shape of the response's <c>data</c>.
/// </summary>
internal sealed record Scenario(
    string Key,
    string Title,
    string Query,
    Func<StepTimer, CancellationToken, Task<byte[]>> Floor,
    bool SubtreeBounded = false);
