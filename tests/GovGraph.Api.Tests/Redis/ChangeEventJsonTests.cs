using System.Text.Json;
using GovGraph.Api.Redis;
using GovGraph.Domain.Changes;

namespace GovGraph.Api.Tests.Redis;

public sealed class ChangeEventJsonTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 22, 30, 15, 123, TimeSpan.FromHours(8));

    [Fact]
    public void ANodeEventKeepsEveryPropertyValueAndItsTypeAfterTheTrip()
    {
        var change = new ChangeEvent(
            42,
            ChangeType.NodeUpdated,
            At,
            "analyst@ningguo",
            "household:000001",
            "Household",
            null,
            new Dictionary<string, object?> { ["headName"] = "王建国", ["size"] = 4L, ["area"] = 2.5, ["poor"] = false, ["tags"] = new[] { "茶", "竹" } },
            new Dictionary<string, object?> { ["headName"] = "王建国", ["size"] = 5L, ["area"] = 3.0, ["poor"] = true, ["tags"] = Array.Empty<string>(), ["note"] = null },
            ["household:000001", "group:shanmen-g01", "village:shanmen", "township:gangkou", "city:ningguo"])
        {
            CommitId = "c-7",
        };

        var back = RoundTrip(change);

        Assert.Equal(change.Cursor, back.Cursor);
        Assert.Equal(change.Type, back.Type);
        Assert.Equal(change.At, back.At);
        Assert.Equal(change.At.Offset, back.At.Offset);
        Assert.Equal(change.Actor, back.Actor);
        Assert.Equal(change.NodeId, back.NodeId);
        Assert.Equal(change.Label, back.Label);
        Assert.Null(back.Relationship);
        Assert.Equal(change.Scope, back.Scope);
        Assert.Equal("c-7", back.CommitId);
        Assert.Equal(5L, Assert.IsType<long>(back.After!["size"]));
        Assert.Equal(3.0, Assert.IsType<double>(back.After["area"]));
        Assert.Equal(2.5, Assert.IsType<double>(back.Before!["area"]));
        Assert.True(Assert.IsType<bool>(back.After["poor"]));
        Assert.Equal(["茶", "竹"], Assert.IsType<string[]>(back.Before["tags"]));
        Assert.Empty(Assert.IsType<string[]>(back.After["tags"]));
        Assert.Null(back.After["note"]);
        Assert.Equal("王建国", back.Before["headName"]);
        Assert.Equal(change.Before!.Keys.Order(), back.Before.Keys.Order());
        Assert.Equal(change.After!.Keys.Order(), back.After.Keys.Order());
    }

    [Fact]
    public void ARelationshipEventKeepsItsEndsAndHasNoPropertiesWhenItHadNone()
    {
        var change = new ChangeEvent(
            7,
            ChangeType.RelationshipCreated,
            At,
            "editor",
            null,
            null,
            new RelationshipRef("rel:9", "LINKS", "person:p1", "household:000002"),
            null,
            null,
            ["person:p1", "household:000002", "group:shanmen-g01"]);

        var back = RoundTrip(change);

        Assert.Equal(change.Relationship, back.Relationship);
        Assert.Null(back.NodeId);
        Assert.Null(back.Label);
        Assert.Null(back.Before);
        Assert.Null(back.After);
        Assert.Null(back.CommitId);
        Assert.Equal(change.Scope, back.Scope);
    }

    [Fact]
    public void AFanOutMessageNamesItsInstanceAndKeepsTheEventsInOrder()
    {
        var events = Enumerable.Range(1, 3)
            .Select(i => new ChangeEvent(i, ChangeType.NodeDeleted, At, "a", $"venue:{i}", "Venue", null, new Dictionary<string, object?> { ["name"] = $"v{i}" }, null, [$"venue:{i}"]))
            .ToList();

        using var json = JsonDocument.Parse(RedisChangeFanOut.Encode("instance-a", events));

        Assert.Equal("instance-a", json.RootElement.GetProperty("instance").GetString());
        Assert.Equal([1L, 2L, 3L], json.RootElement.GetProperty("events").EnumerateArray().Select(e => ChangeEventJson.Read(e).Cursor));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"cursor":1,"type":"NoSuchChange","at":"2026-11-29T22:30:15Z","actor":"a","scope":[]}""")]
    [InlineData("""{"cursor":1,"type":"NodeCreated","at":"2026-11-29T22:30:15Z","actor":"a"}""")]
    [InlineData("""{"cursor":1,"type":"NodeCreated","at":"2026-11-29T22:30:15Z","actor":"a","scope":[],"after":{"x":{"nested":1}}}""")]
    public void AnUnreadableEventIsAJsonException(string text)
    {
        using var json = JsonDocument.Parse(text);
        Assert.ThrowsAny<JsonException>(() => ChangeEventJson.Read(json.RootElement));
    }

    private static ChangeEvent RoundTrip(ChangeEvent change)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ChangeEventJson.Write(writer, change);
        }

        using var json = JsonDocument.Parse(buffer.ToArray());
        return ChangeEventJson.Read(json.RootElement);
    }
}
