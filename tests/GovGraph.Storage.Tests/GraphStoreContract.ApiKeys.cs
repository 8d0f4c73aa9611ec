using GovGraph.Storage.Security;

namespace GovGraph.Storage.Tests;

/// <summary>API keys kept beside the graph: saved once per id, found, listed oldest first and revoked once.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly DateTimeOffset KeyTime = new(2026, 3, 1, 8, 30, 0, TimeSpan.FromHours(8));

    private static ApiKeyRecord Key(string id, int minutesLater = 0, string? scope = "township:gangkou", params string[] documents) =>
        new(id, $"app {id}", "viewer", scope, PersonalData: false, "c2FsdA==", "aGFzaA==", documents, KeyTime.AddMinutes(minutesLater));

    private async Task<IApiKeyStore> KeyStoreAsync() => (IApiKeyStore)await CreateStoreAsync();

    [SkippableFact]
    public async Task ASavedApiKeyIsFoundWithEveryField()
    {
        var keys = await KeyStoreAsync();
        var saved = Key("0123456789abcdef", documents: ["sha256:" + new string('a', 64), "sha256:" + new string('b', 64)]) with
        {
            Name = "统计 app", Role = "analyst", PersonalData = true,
        };
        await keys.SaveApiKeyAsync(saved, Ct);

        var found = await keys.FindApiKeyAsync("0123456789abcdef", Ct);

        Assert.NotNull(found);
        Assert.Equal(saved.Documents, found.Documents);
        Assert.Equal(saved.CreatedAt, found.CreatedAt);
        Assert.Equal(saved with { Documents = found.Documents }, found);
        Assert.Null(found.RevokedAt);
    }

    [SkippableFact]
    public async Task AKeyWithoutScopeOrDocumentsComesBackWithoutThem()
    {
        var keys = await KeyStoreAsync();
        await keys.SaveApiKeyAsync(Key("00000000000000aa", scope: null), Ct);

        var found = await keys.FindApiKeyAsync("00000000000000aa", Ct);

        Assert.NotNull(found);
        Assert.Null(found.Scope);
        Assert.Empty(found.Documents);
    }

    [SkippableFact]
    public async Task AnUnknownApiKeyIdIsNotFound()
    {
        var keys = await KeyStoreAsync();
        await keys.SaveApiKeyAsync(Key("00000000000000aa"), Ct);

        Assert.Null(await keys.FindApiKeyAsync("00000000000000ab", Ct));
        Assert.Null(await keys.FindApiKeyAsync("' OR 1=1 --", Ct));
    }

    [SkippableFact]
    public async Task ApiKeysAreListedOldestFirst()
    {
        var keys = await KeyStoreAsync();
        Assert.Empty(await keys.ListApiKeysAsync(Ct));
        await keys.SaveApiKeyAsync(Key("000000000000000c", minutesLater: 2), Ct);
        await keys.SaveApiKeyAsync(Key("000000000000000a", minutesLater: 0), Ct);
        await keys.SaveApiKeyAsync(Key("000000000000000b", minutesLater: 1), Ct);

        var listed = await keys.ListApiKeysAsync(Ct);

        Assert.Equal(["000000000000000a", "000000000000000b", "000000000000000c"], listed.Select(k => k.Id));
    }

    [SkippableFact]
    public async Task ASecondKeyWithATakenIdIsRefusedAndTheFirstStays()
    {
        var keys = await KeyStoreAsync();
        await keys.SaveApiKeyAsync(Key("00000000000000aa"), Ct);

        var error = await Assert.ThrowsAsync<StoreException>(() => keys.SaveApiKeyAsync(Key("00000000000000aa") with { Name = "other", Hash = "b3RoZXI=" }, Ct));

        Assert.Equal(StoreException.DuplicateId, error.Code);
        var kept = Assert.Single(await keys.ListApiKeysAsync(Ct));
        Assert.Equal(("app 00000000000000aa", "aGFzaA=="), (kept.Name, kept.Hash));
    }

    [SkippableFact]
    public async Task RevokingMarksTheKeyOnceAndAnUnknownKeyNever()
    {
        var keys = await KeyStoreAsync();
        await keys.SaveApiKeyAsync(Key("00000000000000aa"), Ct);
        await keys.SaveApiKeyAsync(Key("00000000000000bb", minutesLater: 1), Ct);
        var at = KeyTime.AddDays(3);

        Assert.True(await keys.RevokeApiKeyAsync("00000000000000aa", at, Ct));
        Assert.False(await keys.RevokeApiKeyAsync("00000000000000aa", at.AddDays(1), Ct));
        Assert.False(await keys.RevokeApiKeyAsync("00000000000000cc", at, Ct));

        Assert.Equal(at, (await keys.FindApiKeyAsync("00000000000000aa", Ct))!.RevokedAt);
        Assert.Null((await keys.FindApiKeyAsync("00000000000000bb", Ct))!.RevokedAt);
        Assert.Equal([at, null], (await keys.ListApiKeysAsync(Ct)).Select(k => k.RevokedAt));
    }

    [SkippableFact]
    public async Task ReplacingTheGraphKeepsTheApiKeysAndTheyAreNotNodes()
    {
        var store = await SeededStoreAsync();
        var keys = (IApiKeyStore)store;
        await keys.SaveApiKeyAsync(Key("00000000000000aa"), Ct);
        var nodes = await store.CountNodesAsync(new NodeCriteria(), Ct);

        await store.WriteAsync(new GraphWriteBatch { ReplaceAll = true }, Ct);

        Assert.Equal(21, nodes);
        Assert.NotNull(await keys.FindApiKeyAsync("00000000000000aa", Ct));
        Assert.Empty(await store.GetNodesAsync(["00000000000000aa"], Ct));
    }
}
