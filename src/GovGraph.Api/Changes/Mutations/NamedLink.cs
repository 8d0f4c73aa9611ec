namespace GovGraph.Api.Changes.Mutations;

/// <summary>
/// A relationship mutation named for what it means (<c>linkHousehold</c>, <c>assignContact</c>): one relationship
/// type, its two ends as roles, and whether it links, ends (<see cref="Ends"/>) or reassigns
/// (<see cref="Reassigns"/>: ends the one current relationship the rules allow, in the same change).
/// </summary>
public sealed record NamedLink(string Mutation, string Description, string RelationshipType, LinkRole From, LinkRole To)
{
    public bool Ends { get; init; }

    public bool Reassigns { get; init; }

    /// <summary>The GraphQL name of the input type (<c>linkHousehold</c> → <c>LinkHouseholdInput</c>).</summary>
    public string InputName => char.ToUpperInvariant(Mutation[0]) + Mutation[1..] + "Input";
}
