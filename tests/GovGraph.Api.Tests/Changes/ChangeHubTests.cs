using GovGraph.Api.Changes.Feed;
using GovGraph.Domain.Changes;
using GovGraph.Storage;
using static GovGraph.Api.Tests.Changes.FeedApi;

namespace GovGraph.Api.Tests.Changes;

/// <summary>The hub: each committed event once, in cursor order, whatever order or repetition it was offered in.</summary>
public sealed class ChangeHubTests : IAsyncLifetime
{
    private readonly FeedApi _api = new();

    public async Task InitializeAsync() => await _api.StartAsync();

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CommittedEventsReachASubscriberInCursorOrderEachOnce()
    {
        var start = await _api.LatestAsync();
        using var subscription = await _api.Hub.SubscribeAsync(null, ChangeFilter.All, CancellationToken.None);
        await using var reader = subscription.GetAsyncEnumerator();

        for (var i = 0; i < 3; i++)
        {
            await _api.AddHouseholdAsync(EastGroup);
        }

        var events = await reader.TakeAsync(6);
        Assert.Equal(FeedReading.Range(start, 6), events.Cursors());
        Assert.Equal(start + 6, _api.Hub.Delivered);
    }

    [Fact]
    public async Task AGapInWhatWasOfferedIsFilledFromTheChangeLog()
    {
        var start = await _api.LatestAsync();
        using var subscription = await _api.Hub.SubscribeAsync(null, ChangeFilter.All, CancellationToken.None);
        await using var reader = subscription.GetAsyncEnumerator();

        // Committed but never offered (as if made on another instance whose fan-out was lost).
        var unannounced = await _api.AddHouseholdAsync(WestGroup, publish: false);
        var announced = await _api.AddHouseholdAsync(EastGroup);

        var events = await reader.TakeAsync(4);
        Assert.Equal(unannounced.Concat(announced).Cursors(), events.Cursors());
        Assert.Equal(FeedReading.Range(start, 4), events.Cursors());
    }

    [Fact]
    public async Task EventsOfferedTwiceOrOutOfOrderAreDeliveredOnceInOrder()
    {
        var start = await _api.LatestAsync();
        using var subscription = await _api.Hub.SubscribeAsync(null, ChangeFilter.All, CancellationToken.None);
        await using var reader = subscription.GetAsyncEnumerator();

        var first = await _api.AddHouseholdAsync(EastGroup, publish: false);
        var second = await _api.AddHouseholdAsync(EastGroup, publish: false);
        _api.Hub.Accept([second[1], second[0]]);
        _api.Hub.Accept(first);
        _api.Hub.Accept([.. first, .. second]);

        var events = await reader.TakeAsync(4);
        Assert.Equal(FeedReading.Range(start, 4), events.Cursors());
        var later = await _api.AddHouseholdAsync(WestGroup);
        Assert.Equal(later.Cursors(), (await reader.TakeAsync(2)).Cursors());
    }

    [Fact]
    public async Task ACommitNobodyAnnouncedIsFoundByThePoll()
    {
        var start = await _api.LatestAsync();
        using var subscription = await _api.Hub.SubscribeAsync(null, ChangeFilter.All, CancellationToken.None);
        await using var reader = subscription.GetAsyncEnumerator();

        await _api.AddHouseholdAsync(WestGroup, publish: false);

        Assert.Equal(FeedReading.Range(start, 2), (await reader.TakeAsync(2)).Cursors());
    }

    [Fact]
    public async Task ListenersSeeEveryEventOnceInOrderBeforeSubscribers()
    {
        var start = await _api.LatestAsync();
        using var subscription = await _api.Hub.SubscribeAsync(null, ChangeFilter.All, CancellationToken.None);
        await using var reader = subscription.GetAsyncEnumerator();

        var committed = await _api.AddHouseholdAsync(EastGroup);
        _api.Hub.Accept(committed);
        await _api.AddHouseholdAsync(WestGroup, publish: false);
        var last = await _api.AddHouseholdAsync(WestGroup);

        var delivered = await reader.TakeAsync(6);
        Assert.Equal(FeedReading.Range(start, 6), delivered.Cursors());
        // A subscriber got the last event, so the listener (called first) had it already.
        Assert.Equal(FeedReading.Range(start, 6), _api.Listener.Seen.Where(e => e.Cursor > start).Cursors());
        Assert.Equal(last[^1].Cursor, _api.Listener.Seen[^1].Cursor);
    }

    [Fact]
    public async Task ASubscriberThatFallsBehindItsBufferCatchesUpFromTheLogAndLosesNothing()
    {
        var start = await _api.LatestAsync();
        using var subscription = await _api.Hub.SubscribeAsync(null, ChangeFilter.All, CancellationToken.None);
        await using var reader = subscription.GetAsyncEnumerator();

        // Nobody reads while four times the buffer commits.
        for (var i = 0; i < SubscriberBuffer * 2; i++)
        {
            await _api.AddHouseholdAsync(i % 2 == 0 ? EastGroup : WestGroup);
        }

        var expected = SubscriberBuffer * 4;
        await FeedReading.UntilAsync(() => _api.Hub.Delivered >= start + expected);
        var caughtUp = await reader.TakeAsync(expected);
        Assert.Equal(FeedReading.Range(start, expected), caughtUp.Cursors());

        // ...and it is live again afterwards.
        var after = await _api.AddHouseholdAsync(EastGroup);
        Assert.Equal(after.Cursors(), (await reader.TakeAsync(2)).Cursors());
    }

    [Fact]
    public async Task ReplayThenLiveHasNoGapAndNoDuplicateAtTheSeam()
    {
        var from = await _api.LatestAsync();
        for (var i = 0; i < 3; i++)
        {
            await _api.AddHouseholdAsync(EastGroup);
        }

        // Commits keep coming while the subscriber replays: the seam falls somewhere among them.
        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await _api.AddHouseholdAsync(WestGroup);
            }
        });
        using var subscription = await _api.Hub.SubscribeAsync(from, ChangeFilter.All, CancellationToken.None);
        await using var reader = subscription.GetAsyncEnumerator();
        await writing;

        var events = await reader.TakeAsync(26);
        Assert.Equal(FeedReading.Range(from, 26), events.Cursors());
        // Nothing repeats after the seam either: the next event is the next commit.
        var next = await _api.AddHouseholdAsync(EastGroup);
        Assert.Equal(next.Cursors(), (await reader.TakeAsync(2)).Cursors());
    }

    [Fact]
    public async Task AHouseholdEventIsUnderItsPartyGroupVillageTownshipAndCityOnly()
    {
        using var underGroup = await _api.Hub.SubscribeAsync(null, new ChangeFilter(EastGroup, null), CancellationToken.None);
        using var underTownship = await _api.Hub.SubscribeAsync(null, new ChangeFilter(EastTownship, null), CancellationToken.None);
        using var underWest = await _api.Hub.SubscribeAsync(null, new ChangeFilter(WestTownship, null), CancellationToken.None);
        await using var group = underGroup.GetAsyncEnumerator();
        await using var township = underTownship.GetAsyncEnumerator();
        await using var west = underWest.GetAsyncEnumerator();

        var east = await _api.AddHouseholdAsync(EastGroup);
        var westEvents = await _api.AddHouseholdAsync(WestGroup);

        Assert.Equal(east.Cursors(), (await group.TakeAsync(2)).Cursors());
        Assert.Equal(east.Cursors(), (await township.TakeAsync(2)).Cursors());
        Assert.Equal(westEvents.Cursors(), (await west.TakeAsync(2)).Cursors());
    }

    [Fact]
    public async Task ARelationshipEventIsUnderTheSubtreesOfBothEnds()
    {
        using var underEast = await _api.Hub.SubscribeAsync(null, new ChangeFilter(EastVillage, null), CancellationToken.None);
        using var underWest = await _api.Hub.SubscribeAsync(null, new ChangeFilter(WestGroup, null), CancellationToken.None);
        await using var east = underEast.GetAsyncEnumerator();
        await using var west = underWest.GetAsyncEnumerator();

        // The east member links the west household: the event is under both.
        var link = await _api.LinkAsync(EastMember, WestHousehold);

        Assert.Equal(link.Cursor, Assert.Single(await east.TakeAsync(1)).Cursor);
        Assert.Equal(link.Cursor, Assert.Single(await west.TakeAsync(1)).Cursor);
    }

    [Fact]
    public async Task TypesFilterKeepsOnlyThoseTypes()
    {
        using var subscription = await _api.Hub.SubscribeAsync(
            null, new ChangeFilter(null, [ChangeType.RelationshipCreated]), CancellationToken.None);
        await using var reader = subscription.GetAsyncEnumerator();

        var events = await _api.AddHouseholdAsync(EastGroup);
        var renamed = await _api.RenameAsync(EastVillage, "东村新");
        var link = await _api.LinkAsync(EastMember, EastHousehold);

        Assert.Equal([events[1].Cursor, link.Cursor], (await reader.TakeAsync(2)).Cursors());
        Assert.True(renamed.Cursor < link.Cursor);
    }

    [Fact]
    public async Task ACursorBeyondTheLogIsRefusedAsInvalid()
    {
        var latest = await _api.LatestAsync();

        var refusal = await Assert.ThrowsAsync<StoreException>(
            () => _api.Hub.SubscribeAsync(latest + 10, ChangeFilter.All, CancellationToken.None));

        Assert.Equal(StoreException.InvalidCursor, refusal.Code);
        Assert.Equal(0, _api.Hub.SubscriberCount);
    }

    [Fact]
    public async Task LeavingTheSubscriptionUnregistersIt()
    {
        var subscription = await _api.Hub.SubscribeAsync(null, ChangeFilter.All, CancellationToken.None);
        Assert.Equal(1, _api.Hub.SubscriberCount);

        subscription.Dispose();

        Assert.Equal(0, _api.Hub.SubscriberCount);
    }
}
