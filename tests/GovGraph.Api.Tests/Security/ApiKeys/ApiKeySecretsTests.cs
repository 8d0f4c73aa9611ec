using GovGraph.Api.Security.ApiKeys;

namespace GovGraph.Api.Tests.Security.ApiKeys;

public sealed class ApiKeySecretsTests
{
    private const string Id = "0123456789abcdef";

    private static readonly string Secret = new('A', ApiKeySecrets.SecretLength);

    [Fact]
    public void NewKeysHaveTheDocumentedShapeAndAreAllDifferent()
    {
        var keys = Enumerable.Range(0, 200).Select(_ => ApiKeySecrets.Format(ApiKeySecrets.NewId(), ApiKeySecrets.NewSecret())).ToList();

        Assert.All(keys, k => Assert.Matches("^gg_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$", k));
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keys, k => Assert.True(ApiKeySecrets.TryParse(k, out _, out _)));
        Assert.Equal(16, Convert.FromBase64String(ApiKeySecrets.NewSalt()).Length);
    }

    [Fact]
    public void ParsingSplitsIdAndSecretEvenWhenTheSecretHoldsUnderscores()
    {
        var secret = "_" + new string('-', 20) + new string('z', 22);

        Assert.True(ApiKeySecrets.TryParse($"gg_{Id}_{secret}", out var id, out var parsed));

        Assert.Equal((Id, secret), (id, parsed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("gg_")]
    [InlineData("Bearer gg_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("gg_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("gg_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("GG_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("gg_0123456789ABCDEF_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("gg_0123456789abcdeg_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("gg_0123456789abcdef-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("gg_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("gg_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("gg_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA ")]
    [InlineData("gg_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\u0000")]
    [InlineData("gg_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA山")]
    [InlineData("gg_0123456789abcdef_' OR 1=1 --AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void AnythingThatIsNotExactlyAKeyDoesNotParse(string? presented)
    {
        Assert.False(ApiKeySecrets.TryParse(presented, out var id, out var secret));
        Assert.Equal((string.Empty, string.Empty), (id, secret));
    }

    [Fact]
    public void AVeryLongHeaderIsRefusedByItsLength()
    {
        Assert.False(ApiKeySecrets.TryParse("gg_" + new string('a', 1_000_000), out _, out _));
    }

    [Fact]
    public void TheHashIsHmacSha256OfTheSecretKeyedWithTheSalt()
    {
        var salt = Convert.ToBase64String(Enumerable.Range(1, 16).Select(i => (byte)i).ToArray());
        var expected = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(
            Convert.FromBase64String(salt), System.Text.Encoding.UTF8.GetBytes(Secret)));

        Assert.Equal(expected, ApiKeySecrets.Hash(Secret, salt));
        Assert.Equal(32, Convert.FromBase64String(expected).Length);
    }

    [Fact]
    public void OnlyTheRightSecretVerifies()
    {
        var salt = ApiKeySecrets.NewSalt();
        var hash = ApiKeySecrets.Hash(Secret, salt);

        Assert.True(ApiKeySecrets.Verify(Secret, salt, hash));
        Assert.False(ApiKeySecrets.Verify(Secret[..^1] + "B", salt, hash));
        Assert.False(ApiKeySecrets.Verify(Secret, ApiKeySecrets.NewSalt(), hash));
    }

    [Fact]
    public void TheSameSecretWithAnotherSaltHashesDifferently()
    {
        Assert.NotEqual(ApiKeySecrets.Hash(Secret, ApiKeySecrets.NewSalt()), ApiKeySecrets.Hash(Secret, ApiKeySecrets.NewSalt()));
    }

    [Theory]
    [InlineData("not base64!", "aGFzaA==")]
    [InlineData("c2FsdA==", "not base64!")]
    [InlineData("c2FsdA==", "aGFzaA==")]
    public void ADamagedRecordNeverVerifies(string salt, string hash)
    {
        Assert.False(ApiKeySecrets.Verify(Secret, salt, hash));
    }

    [Fact]
    public void KeyIdsAreSixteenLowerCaseHexCharacters()
    {
        Assert.True(ApiKeySecrets.IsId(Id));
        Assert.False(ApiKeySecrets.IsId(Id.ToUpperInvariant()));
        Assert.False(ApiKeySecrets.IsId(Id.AsSpan(1)));
        Assert.Matches("^[0-9a-f]{16}$", ApiKeySecrets.NewId());
    }
}
