using GovGraph.Storage.Neo4j.Cypher;
using GovGraph.Storage.Neo4j.Store;
using GovGraph.Storage.Security;

namespace GovGraph.Storage.Tests.Neo4j.Store;

/// <summary>API keys on Neo4j without a server: what the store sends and how it reads the Query API's answers.</summary>
public sealed class Neo4jApiKeyMappingTests
{
    private const string Analyst = """
        {"elementId":"4:x:9","labels":["GgApiKey"],"properties":{"id":"0123456789abcdef","name":"统计 app","role":"analyst","scope":"township:gangkou","pii":true,"salt":"c2FsdA==","hash":"aGFzaA==","documents":["sha256:aaaa"],"createdAt":"2026-03-01T00:30:00.0000000+00:00"}}
        """;

    private const string Revoked = """
        {"elementId":"4:x:10","labels":["GgApiKey"],"properties":{"id":"00000000000000aa","name":"old","role":"viewer","pii":false,"salt":"c2FsdA==","hash":"aGFzaA==","documents":[],"createdAt":"2026-03-02T00:00:00.0000000+00:00","revokedAt":"2026-03-04T00:00:00.0000000+00:00"}}
        """;

    private static CancellationToken Ct => CancellationToken.None;

    private static ApiKeyRecord Record(string id) =>
        new(id, "app", "viewer", null, false, "c2FsdA==", "aGFzaA==", [], new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.FromHours(8)));

    [Fact]
    public async Task AFoundKeyComesBackWithEveryField()
    {
        var runner = new ScriptedCypherRunner().Then(["k"], $"[{Analyst}]");

        var key = await new Neo4jGraphStore(runner).FindApiKeyAsync("0123456789abcdef", Ct);

        Assert.NotNull(key);
        Assert.Equal(("0123456789abcdef", "统计 app", "analyst", "township:gangkou", true), (key.Id, key.Name, key.Role, key.Scope, key.PersonalData));
        Assert.Equal(("c2FsdA==", "aGFzaA=="), (key.Salt, key.Hash));
        Assert.Equal(["sha256:aaaa"], key.Documents);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 30, 0, TimeSpan.Zero), key.CreatedAt);
        Assert.Null(key.RevokedAt);
        Assert.Equal(AccessMode.Read, runner.Sent[0].Mode);
        Assert.Equal("0123456789abcdef", runner.Sent[0].Statement.Parameters["id"]);
    }

    [Fact]
    public async Task NoRowMeansNoSuchKey()
    {
        var key = await new Neo4jGraphStore(new ScriptedCypherRunner().Then(["k"])).FindApiKeyAsync("00000000000000aa", Ct);
        Assert.Null(key);
    }

    [Fact]
    public async Task AListedKeyWithoutScopeAndRevokedReadsSo()
    {
        var runner = new ScriptedCypherRunner().Then(["k"], $"[{Analyst}]", $"[{Revoked}]");

        var keys = await new Neo4jGraphStore(runner).ListApiKeysAsync(Ct);

        Assert.Equal(["0123456789abcdef", "00000000000000aa"], keys.Select(k => k.Id));
        Assert.Null(keys[1].Scope);
        Assert.Empty(keys[1].Documents);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), keys[1].RevokedAt);
    }

    [Fact]
    public async Task SavingSendsTheRecordAsParametersInUtc()
    {
        var runner = new ScriptedCypherRunner().Then(["id"], """["0123456789abcdef"]""");

        await new Neo4jGraphStore(runner).SaveApiKeyAsync(Record("0123456789abcdef"), Ct);

        var (statement, mode) = Assert.Single(runner.Sent);
        Assert.Equal(AccessMode.Write, mode);
        var properties = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(statement.Parameters["key"]);
        Assert.Equal("2026-03-01T00:30:00.0000000+00:00", properties["createdAt"]);
        Assert.Null(properties["scope"]);
        Assert.DoesNotContain("0123456789abcdef", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATakenIdAnswersNoRowAndIsADuplicate()
    {
        var runner = new ScriptedCypherRunner().Then(["id"]);

        var error = await Assert.ThrowsAsync<StoreException>(() => new Neo4jGraphStore(runner).SaveApiKeyAsync(Record("0123456789abcdef"), Ct));

        Assert.Equal(StoreException.DuplicateId, error.Code);
    }

    [Fact]
    public async Task AMalformedIdIsRefusedBeforeAnythingIsSent()
    {
        var runner = new ScriptedCypherRunner();

        var error = await Assert.ThrowsAsync<StoreException>(() => new Neo4jGraphStore(runner).SaveApiKeyAsync(Record("bad\nid"), Ct));

        Assert.Equal(StoreException.InvalidId, error.Code);
        Assert.Empty(runner.Sent);
    }

    [Theory]
    [InlineData("[1]", true)]
    [InlineData("[0]", false)]
    public async Task RevokingReportsWhetherAKeyWasRevoked(string row, bool revoked)
    {
        var runner = new ScriptedCypherRunner().Then(["revoked"], row);

        Assert.Equal(revoked, await new Neo4jGraphStore(runner).RevokeApiKeyAsync("00000000000000aa", new DateTimeOffset(2026, 3, 4, 8, 0, 0, TimeSpan.FromHours(8)), Ct));
        Assert.Equal("2026-03-04T00:00:00.0000000+00:00", runner.Sent[0].Statement.Parameters["at"]);
    }
}
