namespace GovGraph.Api.Changes.Mutations;

/// <summary>
/// What every mutation answers: its result (a node, a relationship or the deleted ids; null when refused), the
/// client's <c>clientMutationId</c> echoed back, and the reasons for a refusal (empty on success).
/// </summary>
public sealed record MutationPayload(object? Result, string? ClientMutationId, IReadOnlyList<MutationError> Errors)
{
    public static MutationPayload Refused(string? clientMutationId, MutationError error) => new(null, clientMutationId, [error]);
}
