namespace GovGraph.Api.Cli;

/// <summary>The claims and lifetime <c>token create</c> puts in a development token.</summary>
public sealed record TokenRequest(string Role, string Scope, bool PersonalData, TimeSpan Lifetime, string Name);
