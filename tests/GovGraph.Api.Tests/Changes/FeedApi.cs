using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GovGraph.Storage.Writing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Changes;

/// <summary>
/// The API on its own store holding a small county (two townships, each with a village, a party group, a
/// household and a member), with a fast change-log poll and a small subscriber buffer so lagging is easy to
/// reach. Writes go through the store's write transaction and, unless a test says otherwise, the publisher,
/// as the mutations do.
/// </summary>
public class FeedApi : GovGraphFactory
{
    public const string City = "city:test";
    public const string EastTownship = "township:east";
    public const string WestTownship = "township:west";
    public const string EastVillage = "village:east";
    public const string WestVillage = "village:west";
    public const string EastGroup = "group:east";
    public const string WestGroup = "group:west";
    public const string EastHousehold = "household:east";
    public const string WestHousehold = "household:west";
    public const string EastMember = "person:east";

    /// <summary>Subscriber buffer of this API: a subscriber that lets more events than this wait starts lagging.</summary>
    public const int SubscriberBuffer = 5;

    private readonly Dictionary<string, string> _settings;
    private int _sequence;

    public FeedApi() : this([])
    {
    }

    public FeedApi(Dictionary<string, string> settings) : base("none") => _settings = settings;

    /// <summary>Every batch the hub handed to listeners, in order (a real listener, as the cache's would be).</summary>
    public RecordingListener Listener { get; } = new();

    public ChangeHub Hub => Services.GetRequiredService<ChangeHub>();

    public IChangePublisher Publisher => Services.GetRequiredService<IChangePublisher>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Changes:PollInterval", "00:00:00.100");
        builder.UseSetting("Changes:SubscriberBuffer", SubscriberBuffer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("GraphQL:ConnectionInitTimeout", "00:00:02");
        builder.UseSetting("GraphQL:KeepAliveInterval", "00:00:00.200");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IChangeListener>(Listener));
    }

    /// <summary>Starts the host and writes the small county (without events: it is the starting point).</summary>
    public async Task<FeedApi> StartAsync()
    {
        var batch = new GraphWriteBatch();
        batch.CreateNodes.AddRange(
        [
            Node(City, Labels.City, "测试市"),
            Node(EastTownship, Labels.Township, "东镇"),
            Node(WestTownship, Labels.Township, "西镇"),
            Node(EastVillage, Labels.Village, "东村"),
            Node(WestVillage, Labels.Village, "西村"),
            Node(EastGroup, Labels.PartyGroup, "东组"),
            Node(WestGroup, Labels.PartyGroup, "西组"),
            Household(EastHousehold, "张东"),
            Household(WestHousehold, "李西"),
            Node(EastMember, Labels.Person, "王党员"),
        ]);
        batch.CreateRelationships.AddRange(
        [
            Rel("r:o1", RelTypes.Oversees, City, EastTownship),
            Rel("r:o2", RelTypes.Oversees, City, WestTownship),
            Rel("r:o3", RelTypes.Oversees, EastTownship, EastVillage),
            Rel("r:o4", RelTypes.Oversees, WestTownship, WestVillage),
            Rel("r:o5", RelTypes.Oversees, EastVillage, EastGroup),
            Rel("r:o6", RelTypes.Oversees, WestVillage, WestGroup),
            Rel("r:c1", RelTypes.Covers, EastGroup, EastHousehold),
            Rel("r:c2", RelTypes.Covers, WestGroup, WestHousehold),
            Rel("r:m1", RelTypes.MemberOf, EastMember, EastGroup),
        ]);
        await Store.WriteAsync(batch, CancellationToken.None);
        return this;
    }

    /// <summary>Creates a household covered by <paramref name="group"/> (two events) and publishes them.</summary>
    public async Task<IReadOnlyList<ChangeEvent>> AddHouseholdAsync(string group, bool publish = true)
    {
        var n = Interlocked.Increment(ref _sequence);
        var household = Household($"household:new-{n}", $"新户{n}");
        var covers = Rel($"r:new-{n}", RelTypes.Covers, group, household.Id);
        return await CommitAsync(async (tx, ct) =>
        {
            await tx.InsertNodeAsync(household, ct);
            tx.Append(new NewChange(ChangeType.NodeCreated, household.Id, household.Label, null, null, household.Properties, [household.Id], []));
            await tx.InsertRelationshipAsync(covers, ct);
            tx.Append(RelationshipCreated(covers));
        }, publish);
    }

    /// <summary>Links a member to a household (one relationship event) and publishes it.</summary>
    public async Task<ChangeEvent> LinkAsync(string member, string household)
    {
        var n = Interlocked.Increment(ref _sequence);
        var links = Rel($"r:link-{n}", RelTypes.Links, member, household);
        var events = await CommitAsync(async (tx, ct) =>
        {
            await tx.InsertRelationshipAsync(links, ct);
            tx.Append(RelationshipCreated(links));
        }, publish: true);
        return Assert.Single(events);
    }

    /// <summary>Renames a node (one update event) and publishes it.</summary>
    public async Task<ChangeEvent> RenameAsync(string id, string name)
    {
        var events = await CommitAsync(async (tx, ct) =>
        {
            var node = (await tx.GetNodesAsync([id], ct))[0];
            var after = node.Properties.ToDictionary();
            after["name"] = name;
            await tx.ReplaceNodeAsync(node with { Properties = after, Version = node.Version + 1 }, ct);
            tx.Append(new NewChange(ChangeType.NodeUpdated, id, node.Label, null, node.Properties, after, [id], []));
        }, publish: true);
        return Assert.Single(events);
    }

    public async Task<IReadOnlyList<ChangeEvent>> CommitAsync(Func<IGraphWriteTransaction, CancellationToken, Task> work, bool publish)
    {
        var result = await Store.ExecuteWriteAsync(new WriteContext("tester"), async (tx, ct) =>
        {
            await work(tx, ct);
            return 0;
        }, CancellationToken.None);
        if (publish)
        {
            await Publisher.PublishAsync(result.Events, CancellationToken.None);
        }

        return result.Events;
    }

    public async Task<long> LatestAsync() => (await Store.GetChangeLogInfoAsync(CancellationToken.None)).Latest;

    private static NewChange RelationshipCreated(GraphRelationship r) =>
        new(ChangeType.RelationshipCreated, null, null, new RelationshipRef(r.Id, r.Type, r.StartId, r.EndId), null,
            r.Properties, [r.StartId, r.EndId], []);

    private static GraphNode Node(string id, string label, string name) =>
        new(id, label, new Dictionary<string, object?> { ["name"] = name });

    private static GraphNode Household(string id, string head) =>
        new(id, Labels.Household, new Dictionary<string, object?> { [Props.HeadName] = head, [Props.Size] = 3L });

    private static GraphRelationship Rel(string id, string type, string start, string end) =>
        new(id, type, start, end, new Dictionary<string, object?>());
}
