namespace GovGraph.Api.Analytics;

/// <summary>What a <c>gaps</c> query asks about: the subtree and the thresholds.</summary>
public sealed record GapsRequest(string? Under, int MaxHouseholdsPerMember, int MinAttachedMembers);
