using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Storage.Editing;

/// <summary>A resident's new case: which household raises it, what about, in their words, and how.</summary>
/// <param name="HouseholdId">The household raising it; the case is RAISED_BY it and placed under it.</param>
/// <param name="Category">What it is about; the time limits follow from it.</param>
/// <param name="Description">The resident's words (1–2000 characters).</param>
/// <param name="Channel">How it was raised.</param>
/// <param name="Now">When it was raised: the workflow reads no clock, so tests and replays pass the time.</param>
public sealed record RaiseRequest(
    string HouseholdId, RequestCategory Category, string Description, RequestChannel Channel, DateTimeOffset Now);
