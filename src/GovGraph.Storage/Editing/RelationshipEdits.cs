using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Editing;

/// <summary>Linking and unlinking, with every rule on relationships, in the order a client can act on them.</summary>
internal static class RelationshipEdits
{
    public static async Task<GraphRelationship> LinkAsync(IGraphWriteTransaction tx, Link command, CancellationToken ct)
    {
        var (fromField, toField) = Fields(command.Roles);
        RequireKnownType(command.Type);
        var nodes = await EditReads.RequireAsync(tx, [(command.From, fromField), (command.To, toField)], ct);
        var from = nodes[command.From];
        var to = nodes[command.To];
        RequireAllowed(command.Type, from, to, command.Roles);

        var properties = PropertyValidator.ForCreation(
            RelationshipProperties.For(command.Type), command.Properties, command.Roles?.PropertyPrefix ?? "properties.");
        properties.TryAdd(Props.Since, EditReads.TodayIso(tx));

        if (RelationshipLimits.NeedsPartyMember(command.Type) && from.GetBool(Props.PartyMember) != true)
        {
            throw new DomainRuleException(RuleCodes.NotAPartyMember,
                $"`{from.Id}` is not a party member; only party members link households, host or attach to central households.", fromField);
        }

        var outgoing = await EditReads.CurrentAsync(tx, from.Id, Direction.Out, command.Type, ct);
        if (outgoing.Any(r => r.EndId == to.Id))
        {
            throw Repeated(command, from.Id, to.Id, fromField, toField);
        }

        var replaced = await HeldAgainstLimitAsync(tx, command, outgoing, fromField, toField, ct);
        var recorder = new ChangeRecorder(tx);
        await recorder.PrepareAsync(new[] { from.Id, to.Id }.Concat(replaced.SelectMany(r => new[] { r.StartId, r.EndId })), ct);

        switch (command.Type)
        {
            case RelTypes.Oversees when OverseesChain.WouldCloseCycle(from.Id, to.Id, recorder.AncestorsOf(from.Id)):
                throw new DomainRuleException(RuleCodes.OverseesCycle,
                    $"`{to.Id}` is above `{from.Id}` in the chain; overseeing it would close a cycle.", toField);
            case RelTypes.Links:
                await VillageRule.CheckLinkAsync(tx, from.Id, to.Id, toField, ct);
                break;
            case RelTypes.Covers:
                await VillageRule.CheckCoverAsync(tx, from.Id, to.Id, fromField, ct);
                break;
        }

        foreach (var old in replaced)
        {
            await EndAsync(tx, recorder, old, ct);
        }

        var relationship = new GraphRelationship(NodeIds.NewRelationship(), command.Type, from.Id, to.Id, properties);
        await tx.InsertRelationshipAsync(relationship, ct);
        recorder.RelationshipCreated(relationship);
        return relationship;
    }

    public static async Task<GraphRelationship> UnlinkAsync(IGraphWriteTransaction tx, Unlink command, CancellationToken ct)
    {
        var (fromField, toField) = Fields(command.Roles);
        RequireKnownType(command.Type);
        var nodes = await EditReads.RequireAsync(tx, [(command.From, fromField), (command.To, toField)], ct);
        RequireAllowed(command.Type, nodes[command.From], nodes[command.To], command.Roles);
        if (command.Type == RelTypes.Covers)
        {
            throw new DomainRuleException(RuleCodes.HouseholdNeedsGroup,
                $"`{command.To}` must stay covered by exactly one party group; use moveHousehold to put it under another.", toField);
        }

        var current = (await EditReads.CurrentAsync(tx, command.From, Direction.Out, command.Type, ct))
            .Where(r => r.EndId == command.To)
            .ToList();
        if (current.Count == 0)
        {
            throw new DomainRuleException(RuleCodes.RelationshipNotFound,
                $"No current {command.Type} from `{command.From}` to `{command.To}`.", toField);
        }

        var recorder = new ChangeRecorder(tx);
        await recorder.PrepareAsync([command.From, command.To], ct);
        GraphRelationship? first = null;
        foreach (var relationship in current)
        {
            var ended = await EndAsync(tx, recorder, relationship, ct);
            first ??= ended;
        }

        return first!;
    }

    /// <summary>
    /// The current relationships the type's one-per limit counts against this link: refused with the limit's code,
    /// or returned to be ended when the command reassigns.
    /// </summary>
    private static async Task<IReadOnlyList<GraphRelationship>> HeldAgainstLimitAsync(
        IGraphWriteTransaction tx, Link command, IReadOnlyList<GraphRelationship> outgoing, string fromField, string toField, CancellationToken ct)
    {
        if (RelationshipLimits.For(command.Type) is not { } limit)
        {
            return [];
        }

        var held = limit.Side == Direction.Out ? outgoing : await EditReads.CurrentAsync(tx, command.To, Direction.In, command.Type, ct);
        if (held.Count == 0 || command.Replace)
        {
            return held;
        }

        var (limited, field) = limit.Side == Direction.Out ? (command.From, fromField) : (command.To, toField);
        var hint = command.Type switch
        {
            RelTypes.Covers => "; use moveHousehold to put it under another group",
            RelTypes.Contacts => "; use assignContact to reassign",
            _ => "; unlink it first",
        };
        // The message names only the node the caller gave, never the other end: that node may lie outside the
        // caller's scope, where it must stay absent (the caller can read the relationship where it may see it).
        throw new DomainRuleException(limit.Code, $"`{limited}` already has its one {command.Type}{hint}.", field);
    }

    /// <summary>
    /// The refusal of a link that already holds. A repeat of a one-per link is that limit's case (the household
    /// already has its linking member, who is this one), and the limit's code is what a client branches on; only a
    /// reassignment to the current end, or a type without a limit, is the plain "already holds".
    /// </summary>
    private static DomainRuleException Repeated(Link command, string from, string to, string fromField, string toField)
    {
        var message = $"`{from}` {command.Type} `{to}` already holds.";
        return command.Replace || RelationshipLimits.For(command.Type) is not { } limit
            ? new DomainRuleException(RuleCodes.RelationshipExists, message, toField)
            : new DomainRuleException(limit.Code, message, limit.Side == Direction.Out ? fromField : toField);
    }

    private static async Task<GraphRelationship> EndAsync(
        IGraphWriteTransaction tx, ChangeRecorder recorder, GraphRelationship relationship, CancellationToken ct)
    {
        var properties = new Dictionary<string, object?>(relationship.Properties, StringComparer.Ordinal)
        {
            [Props.Until] = EditReads.TodayIso(tx),
        };
        var ended = relationship with { Properties = properties };
        await tx.ReplaceRelationshipAsync(ended, ct);
        recorder.RelationshipEnded(relationship, ended);
        return ended;
    }

    private static (string From, string To) Fields(LinkRoles? roles) => roles is null ? ("from", "to") : (roles.FromField, roles.ToField);

    private static void RequireKnownType(string type)
    {
        if (RelTypes.CaseTypes.Contains(type, StringComparer.Ordinal))
        {
            throw new DomainRuleException(RuleCodes.NotAllowed,
                $"{type} is linked and ended only by the case operations (raise, send back, escalate).", "type");
        }

        if (!RelTypes.IsKnown(type))
        {
            throw new DomainRuleException(RuleCodes.InvalidInput, $"Unknown relationship type `{type}`.", "type");
        }
    }

    /// <summary>The labels must be ones the type joins: a role names the field at fault, the generic link names the pair.</summary>
    private static void RequireAllowed(string type, GraphNode from, GraphNode to, LinkRoles? roles)
    {
        if (RelationshipRules.IsAllowed(type, from.Label, to.Label))
        {
            return;
        }

        var pairs = RelationshipRules.EndpointsOf(type).ToList();
        var fromFits = pairs.Any(p => p.From == from.Label);
        if (roles is not null)
        {
            var starts = pairs.Select(p => p.From).Distinct().ToList();
            var ends = pairs.Where(p => !fromFits || p.From == from.Label).Select(p => p.To).Distinct().ToList();
            if (fromFits)
            {
                EditReads.RequireLabel(to, ends, roles.ToField);
            }

            EditReads.RequireLabel(from, starts, roles.FromField);
        }

        throw new DomainRuleException(RuleCodes.RelationshipNotAllowed,
            $"{type} cannot join a {from.Label} to a {to.Label}; it joins {string.Join(", ", pairs.Select(p => $"{p.From}→{p.To}"))}.",
            fromFits ? "to" : "from");
    }
}
