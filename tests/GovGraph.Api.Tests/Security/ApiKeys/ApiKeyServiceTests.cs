using GovGraph.Api.Security.ApiKeys;

namespace GovGraph.Api.Tests.Security.ApiKeys;

public sealed class ApiKeyServiceTests
{
    private static readonly string Document = "sha256:" + new string('0', 63) + "a";

    private static CancellationToken Ct => ApiKeyKit.Ct;

    [Fact]
    public async Task ACreatedKeyVerifiesAsItsRecordAndTheStoreKeepsOnlyItsHash()
    {
        using var kit = await ApiKeyKit.CreateAsync();

        var created = await kit.Service.CreateAsync("统计 app", "analyst", "township:gangkou", true, [Document, Document], Ct);

        Assert.StartsWith($"gg_{created.Record.Id}_", created.Key, StringComparison.Ordinal);
        var verified = await kit.Service.VerifyAsync(created.Key, Ct);
        Assert.NotNull(verified);
        Assert.Equal(("统计 app", "analyst", "township:gangkou", true), (verified.Name, verified.Role, verified.Scope, verified.PersonalData));
        Assert.Equal([Document], verified.Documents);
        Assert.Equal(kit.Clock.Now, verified.CreatedAt);

        var stored = Assert.Single(await kit.Store.ListApiKeysAsync(Ct));
        var secret = created.Key[(4 + 16)..];
        Assert.DoesNotContain(secret, stored.ToString(), StringComparison.Ordinal);
        Assert.Equal(ApiKeySecrets.Hash(secret, stored.Salt), stored.Hash);
        Assert.False(await kit.StoreFilesContainAsync(secret));
        Assert.True(await kit.StoreFilesContainAsync(stored.Hash));
    }

    [Fact]
    public async Task AnEmptyScopeMeansEverything()
    {
        using var kit = await ApiKeyKit.CreateAsync();

        var created = await kit.Service.CreateAsync(null, "viewer", "", false, [], Ct);

        Assert.Null(created.Record.Scope);
        Assert.Equal(string.Empty, created.Record.Name);
    }

    [Theory]
    [InlineData("Viewer", "township:gangkou", ApiKeyException.InvalidRole)]
    [InlineData("owner", "township:gangkou", ApiKeyException.InvalidRole)]
    [InlineData("", "township:gangkou", ApiKeyException.InvalidRole)]
    [InlineData("viewer", "township:nowhere", ApiKeyException.UnknownScope)]
    [InlineData("viewer", ApiKeyKit.Person, ApiKeyException.UnknownScope)]
    [InlineData("viewer", "township:\u0000", ApiKeyException.UnknownScope)]
    public async Task ABadRoleOrScopeIsRefusedWithItsCodeAndNothingIsStored(string role, string scope, string code)
    {
        using var kit = await ApiKeyKit.CreateAsync();

        var error = await Assert.ThrowsAsync<ApiKeyException>(() => kit.Service.CreateAsync("app", role, scope, false, [], Ct));

        Assert.Equal(code, error.Code);
        Assert.Empty(await kit.Store.ListApiKeysAsync(Ct));
    }

    [Theory]
    [InlineData("sha256:ABCDEF0000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256:000")]
    [InlineData("md5:00000000000000000000000000000000")]
    [InlineData("")]
    public async Task AMalformedDocumentIdIsRefused(string document)
    {
        using var kit = await ApiKeyKit.CreateAsync();

        var error = await Assert.ThrowsAsync<ApiKeyException>(() => kit.Service.CreateAsync("app", "viewer", null, false, [Document, document], Ct));

        Assert.Equal(ApiKeyException.InvalidDocument, error.Code);
        Assert.Empty(await kit.Store.ListApiKeysAsync(Ct));
    }

    [Fact]
    public async Task TooManyDocumentsOrABadNameAreRefused()
    {
        using var kit = await ApiKeyKit.CreateAsync();
        var many = Enumerable.Range(0, ApiKeyService.MaxDocuments + 1).Select(i => "sha256:" + i.ToString("x64")).ToList();

        Assert.Equal(ApiKeyException.InvalidDocument,
            (await Assert.ThrowsAsync<ApiKeyException>(() => kit.Service.CreateAsync("app", "viewer", null, false, many, Ct))).Code);
        Assert.Equal(ApiKeyException.InvalidName,
            (await Assert.ThrowsAsync<ApiKeyException>(() => kit.Service.CreateAsync("a\nb", "viewer", null, false, [], Ct))).Code);
        Assert.Equal(ApiKeyException.InvalidName,
            (await Assert.ThrowsAsync<ApiKeyException>(() => kit.Service.CreateAsync(new string('x', 201), "viewer", null, false, [], Ct))).Code);
        Assert.Empty(await kit.Store.ListApiKeysAsync(Ct));
    }

    [Fact]
    public async Task AWrongSecretAnUnknownIdOrAMalformedKeyVerifiesAsNothing()
    {
        using var kit = await ApiKeyKit.CreateAsync();
        var created = await kit.Service.CreateAsync("app", "viewer", null, false, [], Ct);
        var last = created.Key[^1] == 'A' ? 'B' : 'A';

        Assert.Null(await kit.Service.VerifyAsync(created.Key[..^1] + last, Ct));
        Assert.Null(await kit.Service.VerifyAsync("gg_" + new string('0', 16) + created.Key[19..], Ct));
        Assert.Null(await kit.Service.VerifyAsync(created.Key + "x", Ct));
        Assert.Null(await kit.Service.VerifyAsync(null, Ct));
        Assert.NotNull(await kit.Service.VerifyAsync(created.Key, Ct));
    }

    [Fact]
    public async Task RevokingThroughTheServiceStopsTheKeyAtOnceAndOnlyOnce()
    {
        using var kit = await ApiKeyKit.CreateAsync();
        var created = await kit.Service.CreateAsync("app", "viewer", null, false, [], Ct);
        Assert.NotNull(await kit.Service.VerifyAsync(created.Key, Ct));

        Assert.True(await kit.Service.RevokeAsync(created.Record.Id, Ct));

        Assert.Null(await kit.Service.VerifyAsync(created.Key, Ct));
        Assert.False(await kit.Service.RevokeAsync(created.Record.Id, Ct));
        Assert.False(await kit.Service.RevokeAsync("not-an-id", Ct));
        Assert.Equal(kit.Clock.Now, Assert.Single(await kit.Service.ListAsync(Ct)).RevokedAt);
    }

    [Fact]
    public async Task ARevocationElsewhereTakesEffectWhenTheCachedResultExpires()
    {
        using var kit = await ApiKeyKit.CreateAsync(cacheSeconds: 10);
        var created = await kit.Service.CreateAsync("app", "viewer", null, false, [], Ct);
        Assert.NotNull(await kit.Service.VerifyAsync(created.Key, Ct));

        // Another instance (or the CLI) revokes it.
        Assert.True(await kit.NewService().RevokeAsync(created.Record.Id, Ct));

        kit.Clock.Advance(TimeSpan.FromSeconds(9));
        Assert.NotNull(await kit.Service.VerifyAsync(created.Key, Ct));
        kit.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await kit.Service.VerifyAsync(created.Key, Ct));
    }

    [Fact]
    public async Task WithTheCacheOffARevocationElsewhereTakesEffectAtOnce()
    {
        using var kit = await ApiKeyKit.CreateAsync(cacheSeconds: 0);
        var created = await kit.Service.CreateAsync("app", "viewer", null, false, [], Ct);
        Assert.NotNull(await kit.Service.VerifyAsync(created.Key, Ct));

        Assert.True(await kit.NewService().RevokeAsync(created.Record.Id, Ct));

        Assert.Null(await kit.Service.VerifyAsync(created.Key, Ct));
    }

    [Fact]
    public async Task ACachedResultIsOnlyForTheExactKeyThatWasChecked()
    {
        using var kit = await ApiKeyKit.CreateAsync();
        var created = await kit.Service.CreateAsync("app", "viewer", null, false, [], Ct);
        Assert.NotNull(await kit.Service.VerifyAsync(created.Key, Ct));

        var last = created.Key[^1] == 'A' ? 'B' : 'A';
        Assert.Null(await kit.Service.VerifyAsync(created.Key[..^1] + last, Ct));
        Assert.NotNull(await kit.Service.VerifyAsync(created.Key, Ct));
    }

    [Fact]
    public async Task KeysAreListedOldestFirst()
    {
        using var kit = await ApiKeyKit.CreateAsync();
        var first = await kit.Service.CreateAsync("first", "viewer", null, false, [], Ct);
        kit.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await kit.Service.CreateAsync("second", "editor", "city:ningguo", false, [], Ct);

        Assert.Equal([first.Record.Id, second.Record.Id], (await kit.Service.ListAsync(Ct)).Select(k => k.Id));
    }
}
