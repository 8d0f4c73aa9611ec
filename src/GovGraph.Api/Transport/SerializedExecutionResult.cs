using GraphQL;

namespace GovGraph.Api.Transport;

/// <summary>
/// A subscription event's result already serialised (and masked) once for every subscriber that asked the same
/// thing: the transports send <see cref="Json"/> as it is instead of serialising again.
/// </summary>
public sealed class SerializedExecutionResult : ExecutionResult
{
    public SerializedExecutionResult(string json)
    {
        Json = json;
        Executed = true;
    }

    /// <summary>The result as the GraphQL serializer wrote it: <c>{"data": ...}</c>, with any errors masked.</summary>
    public string Json { get; }

    /// <summary>The text to send for <paramref name="result"/>: the shared serialisation when there is one.</summary>
    public static string TextOf(ExecutionResult result, IGraphQLTextSerializer serializer) =>
        result is SerializedExecutionResult shared ? shared.Json : serializer.Serialize(result);
}
