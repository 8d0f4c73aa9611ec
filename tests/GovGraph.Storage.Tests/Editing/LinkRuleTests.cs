using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Storage.Editing;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests.Editing;

/// <summary>Every rule on relationships refuses with its code and field, and the refused change leaves nothing behind.</summary>
public sealed class LinkRuleTests : EditingTests
{
    private static readonly LinkRoles HouseholdRoles = new("member", "household");

    private static Link Plain(string type, string from, string to, params (string Name, object? Value)[] properties) =>
        new(type, from, to, Values(properties));

    public static TheoryData<Link, string, string?> RefusedLinks => new()
    {
        { Plain(RelTypes.Oversees, Shanmen, Gangkou), RuleCodes.RelationshipNotAllowed, "to" },
        { Plain(RelTypes.Links, Household(1), Household(2)), RuleCodes.RelationshipNotAllowed, "from" },
        { Plain(RelTypes.Links, Household(1), Household(2)) with { Roles = HouseholdRoles }, RuleCodes.WrongLabel, "member" },
        { Plain(RelTypes.Links, Li, Shanmen) with { Roles = HouseholdRoles }, RuleCodes.WrongLabel, "household" },
        { Plain(RelTypes.Links, Li, "hh:404"), RuleCodes.NodeNotFound, "to" },
        { Plain(RelTypes.Links, "", Household(4)), RuleCodes.InvalidId, "from" },
        { Plain("LIKES", Li, Household(4)), RuleCodes.InvalidInput, "type" },
        { Plain(RelTypes.Links, Li, Household(1)), RuleCodes.HouseholdAlreadyLinked, "to" },
        { Plain(RelTypes.Links, Leader, Household(1)), RuleCodes.HouseholdAlreadyLinked, "to" },
        { Plain(RelTypes.Links, Wang, Household(4)), RuleCodes.HouseholdOutsideMemberVillage, "to" },
        { Plain(RelTypes.Links, Leader, Household(4)), RuleCodes.HouseholdOutsideMemberVillage, "to" },
        { Plain(RelTypes.Links, Zhao, Household(4)), RuleCodes.NotAPartyMember, "from" },
        { Plain(RelTypes.AttachedTo, Zhao, ShanmenCentral), RuleCodes.NotAPartyMember, "from" },
        { Plain(RelTypes.Hosts, Zhao, ShanmenCentral), RuleCodes.NotAPartyMember, "from" },
        { Plain(RelTypes.Covers, DongcunGroup, Household(1)), RuleCodes.HouseholdAlreadyCovered, "to" },
        { Plain(RelTypes.Covers, DongcunGroup, Household(6)) with { Roles = new("partyGroup", "household") }, RuleCodes.HouseholdAlreadyCovered, "household" },
        { Plain(RelTypes.Contacts, Leader, Xialin), RuleCodes.LeaderAlreadyContacts, "from" },
        { Plain(RelTypes.Oversees, Xialin, Shanmen), RuleCodes.UnitAlreadyOverseen, "to" },
        { Plain(RelTypes.StationedIn, Zhao, Xicun), RuleCodes.InvalidInput, "properties.batch" },
        { Plain(RelTypes.StationedIn, Zhao, Xicun, (Props.Batch, 0)), RuleCodes.InvalidInput, "properties.batch" },
        { Plain(RelTypes.Links, Li, Household(4), (Props.Batch, 8)), RuleCodes.InvalidInput, "properties.batch" },
        { Plain(RelTypes.Links, Li, Household(4), (Props.Until, "2030-01-01")), RuleCodes.InvalidInput, "properties.until" },
        { Plain(RelTypes.PairedWith, Zhao, Xicun, (Props.Since, "2025-13-01")), RuleCodes.RelationshipNotAllowed, "from" },
        { Plain(RelTypes.Instructs, Zhao, Xicun, (Props.Since, "2025-13-01")), RuleCodes.InvalidInput, "properties.since" },
        { Plain(RelTypes.ServesOn, Zhao, Xicun, (Props.Committee, "PARTY")) with { Roles = new("cadre", "village", "") }, RuleCodes.RelationshipExists, "village" },
    };

    [Theory]
    [MemberData(nameof(RefusedLinks))]
    public async Task ARefusedLinkSaysWhyAndChangesNothing(Link command, string code, string? field)
    {
        var store = await StoreAsync();
        if (command.Type is RelTypes.Covers or RelTypes.ServesOn && command.Roles is not null)
        {
            // Two cases need their relationship made first: then the same again is refused.
            await EditAsync(store, (e, tx, ct) => e.LinkAsync(tx, command with { Replace = true }, null, ct));
        }

        await AssertRefusedAsync(store, code, field, (e, tx, ct) => e.LinkAsync(tx, command, null, ct));
    }

    [Fact]
    public async Task ACoveredHouseholdCannotLoseItsGroup()
    {
        var store = await StoreAsync();

        await AssertRefusedAsync(store, RuleCodes.HouseholdNeedsGroup, "to",
            (e, tx, ct) => e.UnlinkAsync(tx, new Unlink(RelTypes.Covers, ShanmenGroup1, Household(1)), null, ct));
    }

    [Fact]
    public async Task UnlinkingWhatDoesNotHoldIsNotFound()
    {
        var store = await StoreAsync();

        await AssertRefusedAsync(store, RuleCodes.RelationshipNotFound, "household",
            (e, tx, ct) => e.UnlinkAsync(tx, new Unlink(RelTypes.Links, Wang, Household(1)) { Roles = HouseholdRoles }, null, ct));
    }

    [Fact]
    public async Task AHouseholdLinkedFromAnotherVillageCannotMoveThere()
    {
        var store = await StoreAsync();

        // Wang of 西村 links hh:5; 东村's group is in another village.
        var refused = await AssertRefusedAsync(store, RuleCodes.HouseholdOutsideMemberVillage, "partyGroup",
            (e, tx, ct) => e.LinkAsync(tx, new Link(RelTypes.Covers, DongcunGroup, Household(5), Values())
            {
                Roles = new("partyGroup", "household"),
                Replace = true,
            }, null, ct));

        Assert.Contains(Wang, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovingToTheGroupAlreadyCoveringIsRefused()
    {
        var store = await StoreAsync();

        await AssertRefusedAsync(store, RuleCodes.RelationshipExists, "household",
            (e, tx, ct) => e.LinkAsync(tx, new Link(RelTypes.Covers, ShanmenGroup1, Household(1), Values())
            {
                Roles = new("partyGroup", "household"),
                Replace = true,
            }, null, ct));
    }

    [Fact]
    public async Task ALinkRefusedInsideALargerEditTakesTheWholeEditBack()
    {
        var store = await StoreAsync();

        // A household is created, then linking it fails: the creation goes too.
        await AssertRefusedAsync(store, RuleCodes.HouseholdOutsideMemberVillage, "to", async (e, tx, ct) =>
        {
            await e.CreateNodeAsync(tx, new CreateNode(Labels.Household, "hh:new", Values((Props.HeadName, "孙新"), (Props.Size, 2)), DongcunGroup), null, ct);
            return await e.LinkAsync(tx, Plain(RelTypes.Links, Li, "hh:new"), null, ct);
        });
    }
}
