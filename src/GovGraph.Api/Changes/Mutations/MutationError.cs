namespace GovGraph.Api.Changes.Mutations;

/// <summary>Why a mutation was refused: a stable code, a message for people and the input field at fault.</summary>
public sealed record MutationError(string Code, string Message, string? Field);
