namespace GovGraph.Domain.Rules;

/// <summary>
/// The stable codes of refused changes. Clients branch on them, so a code never changes meaning once shipped.
/// </summary>
public static class RuleCodes
{
    /// <summary>A node the change names does not exist (or no longer does).</summary>
    public const string NodeNotFound = "NODE_NOT_FOUND";

    /// <summary>The node exists but has another label than the field asks for (a village where a member is expected).</summary>
    public const string WrongLabel = "WRONG_LABEL";

    /// <summary>The change would put or touch something outside the caller's scope (a new node placed above it).</summary>
    public const string OutOfScope = "OUT_OF_SCOPE";

    /// <summary>The caller's role may not make changes (writes need <c>editor</c> or <c>admin</c>).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>A node or relationship id is already used.</summary>
    public const string DuplicateId = "DUPLICATE_ID";

    /// <summary>An id is empty, too long or holds control characters.</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>An input value is missing, of the wrong type or out of range.</summary>
    public const string InvalidInput = "INVALID_INPUT";

    /// <summary><c>expectedVersion</c> is not the node's current version: someone changed it meanwhile.</summary>
    public const string VersionConflict = "VERSION_CONFLICT";

    /// <summary>The relationship type cannot join these two labels (MODEL.md).</summary>
    public const string RelationshipNotAllowed = "RELATIONSHIP_NOT_ALLOWED";

    /// <summary>The same relationship already holds between the two nodes.</summary>
    public const string RelationshipExists = "RELATIONSHIP_EXISTS";

    /// <summary>No current relationship of that type joins the two nodes (nothing to unlink).</summary>
    public const string RelationshipNotFound = "RELATIONSHIP_NOT_FOUND";

    /// <summary>The household is already linked by another member (at most one member per household).</summary>
    public const string HouseholdAlreadyLinked = "HOUSEHOLD_ALREADY_LINKED";

    /// <summary>The household is already covered by a party group (exactly one; use moveHousehold).</summary>
    public const string HouseholdAlreadyCovered = "HOUSEHOLD_ALREADY_COVERED";

    /// <summary>The change would leave a household without its party group (exactly one; use moveHousehold).</summary>
    public const string HouseholdNeedsGroup = "HOUSEHOLD_NEEDS_GROUP";

    /// <summary>A member may link only households of the village the member belongs to.</summary>
    public const string HouseholdOutsideMemberVillage = "HOUSEHOLD_OUTSIDE_MEMBER_VILLAGE";

    /// <summary>Only a party member may link households, be attached to or host a central household.</summary>
    public const string NotAPartyMember = "NOT_A_PARTY_MEMBER";

    /// <summary>The leader already contacts a township-level unit (exactly one; use assignContact to reassign).</summary>
    public const string LeaderAlreadyContacts = "LEADER_ALREADY_CONTACTS";

    /// <summary>The unit is already overseen by another unit (one parent per unit along the chain).</summary>
    public const string UnitAlreadyOverseen = "UNIT_ALREADY_OVERSEEN";

    /// <summary>OVERSEES would close a cycle.</summary>
    public const string OverseesCycle = "OVERSEES_CYCLE";

    /// <summary>The node has dependants (units, households, bodies or venues under it, a household's cases); pass cascade: true.</summary>
    public const string HasDependants = "HAS_DEPENDANTS";

    /// <summary>
    /// The delete would remove a household that raised a case still open (not CLOSED), or the current handler of
    /// one, directly or by cascade: the case would lose its household or its handler mid-flight. Close the cases
    /// (or move the household) first. Closed cases never block: they go with their household.
    /// </summary>
    public const string HasOpenRequests = "HAS_OPEN_REQUESTS";

    /// <summary>The node type cannot be created this way (the city is created only by seeding or import).</summary>
    public const string NotAllowed = "NOT_ALLOWED";

    /// <summary>The case's status (or its time) does not allow this step: accepting a closed request, a third extension.</summary>
    public const string IllegalTransition = "ILLEGAL_TRANSITION";

    /// <summary>
    /// Nobody can take the case: the household has no one on its escalation chain, or a send-back has no level
    /// above the current handler.
    /// </summary>
    public const string NoHandler = "NO_HANDLER";

    /// <summary>
    /// The case is held above the caller's scope: only its handler (a caller whose scope holds the current handler)
    /// or a level above it may sign for it, send it back, start or resolve it.
    /// </summary>
    public const string NotHandler = "NOT_HANDLER";

    /// <summary>
    /// An extension (延期) is granted by the level above the case's handler on its household's chain: the caller's
    /// scope must hold that level (an unscoped or city caller grants any), not merely the handler's own unit.
    /// </summary>
    public const string NotLevelAbove = "NOT_LEVEL_ABOVE";
}
