namespace GovGraph.Api.Changes.Mutations;

/// <summary>One end of a named relationship mutation: its input field and what it names.</summary>
public sealed record LinkRole(string Field, string Description);
