namespace GovGraph.Storage.Editing;

/// <summary>
/// The input fields a named relationship mutation (linkHousehold, pairAgency, ...) calls the two ends and its
/// properties. A node of the wrong label for its role is refused as WRONG_LABEL on that field, where the
/// generic link, which has no roles, says RELATIONSHIP_NOT_ALLOWED.
/// </summary>
public sealed record LinkRoles(string FromField, string ToField, string PropertyPrefix = "");
