using System.Globalization;
using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Editing;

namespace GovGraph.Storage.Seeding;

internal sealed partial class NingguoBuilder
{
    /// <summary>
    /// Mixed into the seed for the cases' own PRNG, so adding cases left every earlier node and relationship of
    /// the dataset exactly as it was.
    /// </summary>
    private const ulong CaseSeedSalt = 0x5EED_CA5E;

    private static readonly (RequestCategory Value, double Weight)[] CategoryWeights =
    [
        (RequestCategory.Enquiry, 0.32), (RequestCategory.Help, 0.30), (RequestCategory.Complaint, 0.15),
        (RequestCategory.Dispute, 0.10), (RequestCategory.Other, 0.13),
    ];

    private static readonly (RequestChannel Value, double Weight)[] ChannelWeights =
    [
        (RequestChannel.Phone, 0.30), (RequestChannel.WeChat, 0.28), (RequestChannel.App, 0.20),
        (RequestChannel.Visit, 0.14), (RequestChannel.Hotline, 0.08),
    ];

    /// <summary>The central household and its host of each member attached to or hosting one.</summary>
    private readonly Dictionary<string, (string Central, string Host)> _centralOfMember = new(StringComparer.Ordinal);

    /// <summary>Every household with its escalation chain, known here without reading the graph back.</summary>
    private readonly List<(string Household, HouseholdChain Chain)> _householdChains = [];

    /// <summary>The household's chain as HouseholdChains reads it from the stored graph.</summary>
    private void RememberChain(string householdId, string? member, string groupId, VillagePlan v, TownshipInfo township)
    {
        var central = member is not null && _centralOfMember.TryGetValue(member, out var c) ? c : default;
        _householdChains.Add((householdId, new HouseholdChain(member, central.Central, central.Host, groupId, v.Id, township.Id, CityId)));
    }

    /// <summary>
    /// The cloud platform's history: <see cref="NingguoGenerator.CasesPerScale"/> cases per scale step raised by
    /// random households over the year before the reference time (<see cref="NingguoGenerator.CaseReferenceFor"/>), each lived
    /// through the workflow by <see cref="CaseSimulator"/> with the default time limits (configuration must not
    /// change the seed), numbered in the order they were raised.
    /// </summary>
    private void AddServiceRequests()
    {
        var rng = new SeedRandom(seed ^ CaseSeedSalt);
        var reference = caseReference;
        var simulator = new CaseSimulator(rng, RequestTimeLimits.Default, reference);
        var raised = Enumerable.Range(0, NingguoGenerator.CasesPerScale * scale)
            .Select(_ => (
                Chain: _householdChains[rng.Next(_householdChains.Count)],
                Category: Weighted(rng, CategoryWeights),
                Channel: Weighted(rng, ChannelWeights),
                CreatedAt: RaisedAt(rng, reference)))
            .Select(c => (c.Chain, c.Category, c.Channel, c.CreatedAt, Description: rng.Pick(CasePools.Descriptions[c.Category])))
            .OrderBy(c => c.CreatedAt)
            .ToList();

        for (var n = 0; n < raised.Count; n++)
        {
            var (chain, category, channel, createdAt, description) = raised[n];
            var simulated = simulator.Run(chain.Household, new EscalationChain(chain.Chain), category, createdAt);
            AddCase($"servicerequest:ningguo-{n + 1:D5}", chain.Household, category, channel, description, simulated);
        }
    }

    private void AddCase(
        string id, string householdId, RequestCategory category, RequestChannel channel, string description, SimulatedCase simulated)
    {
        var given = RequestProperties.Of(simulated.State);
        given[Props.Category] = RequestValueNames.Of(category);
        given[Props.Description] = description;
        given[Props.Channel] = RequestValueNames.Of(channel);
        AddNode(id, Labels.ServiceRequest, PropertyValidator.ForCreation(NodeProperties.For(Labels.ServiceRequest), given));
        AddRelationship(RelTypes.RaisedBy, id, householdId, new() { [Props.Since] = Day(simulated.State.CreatedAt) });

        // Send-backs and escalations ended the earlier assignments on the day, as ServiceRequestEditor does.
        foreach (var assignment in simulated.Assignments)
        {
            var properties = new Dictionary<string, object?> { [Props.Since] = Day(assignment.Since) };
            if (assignment.Until is { } until)
            {
                properties[Props.Until] = Day(until);
            }

            AddRelationship(RelTypes.AssignedTo, id, assignment.Assignee, properties);
        }

        for (var i = 0; i < simulated.Events.Count; i++)
        {
            var record = simulated.Events[i];
            var eventId = RequestEdits.EventId(id, i + 1);
            AddNode(eventId, Labels.RequestEvent, PropertyValidator.ForCreation(NodeProperties.For(Labels.RequestEvent), RequestProperties.Of(record)));
            AddRelationship(RelTypes.HasEvent, id, eventId, new() { [Props.Since] = Day(record.At) });
        }
    }

    /// <summary>
    /// When a case was raised, to the minute: mostly over the past year, more of them recently (the platform
    /// grew), plus a share of the last three days and of the last three hours so that every open status shows.
    /// </summary>
    private static DateTimeOffset RaisedAt(SeedRandom rng, DateTimeOffset reference)
    {
        var roll = rng.NextDouble();
        var minutes = roll switch
        {
            < 0.02 => rng.Next(1, 180),
            < 0.08 => rng.Next(1, 3 * 24 * 60),
            _ => 1 + (int)(365 * 24 * 60 * (1 - Math.Sqrt(1 - rng.NextDouble()))),
        };
        return reference.AddMinutes(-minutes);
    }

    private static T Weighted<T>(SeedRandom rng, (T Value, double Weight)[] choices)
    {
        var roll = rng.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (value, weight) in choices)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    // The day in Ningguo (China Standard Time) an instant falls on, as `since` and `until` hold dates.
    private static string Day(DateTimeOffset instant) =>
        instant.ToOffset(WorkingDays.ChinaStandardTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
