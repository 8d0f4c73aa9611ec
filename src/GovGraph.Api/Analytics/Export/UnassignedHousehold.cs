using GovGraph.Domain.Model;

namespace GovGraph.Api.Analytics.Export;

/// <summary>
/// A row of the unassigned households export: the household's fields as the caller may see them (masked already)
/// and the units above it.
/// </summary>
public sealed record UnassignedHousehold(
    string Id,
    string? HeadName,
    string? Phone,
    string? Address,
    long? Size,
    GraphNode? PartyGroup,
    GraphNode? Village,
    GraphNode? Township);
