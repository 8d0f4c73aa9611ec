using System.Text.RegularExpressions;
using GovGraph.Api.Cli;
using GovGraph.Api.Security.ApiKeys;
using GovGraph.Api.Tests.Security.ApiKeys;

namespace GovGraph.Api.Tests.Cli;

public sealed class ApiKeyCommandTests
{
    private static readonly string Document = "sha256:" + new string('d', 64);

    private static async Task<(int Exit, string Out, string Error)> RunAsync(ApiKeyKit kit, params string[] args)
    {
        using var cli = new CliFixture();
        var exit = await ApiKeyCommand.RunAsync(kit.Service, kit.Store, args, cli.Console, CliFixture.Ct);
        return (exit, cli.Out.ToString(), cli.Error.ToString());
    }

    [Fact]
    public async Task CreatePrintsTheKeyOnceWithItsIdAndAWarningAndTheKeyVerifies()
    {
        using var kit = await ApiKeyKit.CreateAsync();

        var (exit, output, error) = await RunAsync(kit,
            "apikey", "create", "--role", "analyst", "--scope", "township:gangkou", "--name", "统计 app", "--pii", "--document", Document, "--document=" + Document);

        Assert.Equal((0, string.Empty), (exit, error));
        var match = Regex.Match(output, """
            ^Created API key (?<id>[0-9a-f]{16}): role analyst, scope township:gangkou, pii true, documents 1\.
            (?<key>gg_\k<id>_[A-Za-z0-9_-]{43})
            Store this key now: it cannot be shown again \(only a salted hash of it is kept\)\.
            $
            """.Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.True(match.Success, output);

        // A new service (the API, later) accepts the printed key; the store holds no trace of its secret.
        var key = match.Groups["key"].Value;
        var verified = await kit.NewService().VerifyAsync(key, CliFixture.Ct);
        Assert.NotNull(verified);
        Assert.Equal((match.Groups["id"].Value, "统计 app", "analyst", "township:gangkou", true), (verified.Id, verified.Name, verified.Role, verified.Scope, verified.PersonalData));
        Assert.Equal([Document], verified.Documents);
        var secret = key[20..];
        Assert.DoesNotContain(secret, Assert.Single(await kit.Store.ListApiKeysAsync(CliFixture.Ct)).ToString(), StringComparison.Ordinal);
        Assert.False(await kit.StoreFilesContainAsync(secret));
    }

    [Theory]
    [InlineData("--role", "owner", "--scope", "township:gangkou", "apikey create: The role must be one of viewer, analyst, editor, admin. (INVALID_ROLE; no key was created)")]
    [InlineData("--role", "viewer", "--scope", "township:nowhere", "apikey create: The scope must be the id of an existing org unit (city, township, village, party group or central household). (UNKNOWN_SCOPE; no key was created)")]
    [InlineData("--role", "viewer", "--scope", ApiKeyKit.Person, "apikey create: The scope must be the id of an existing org unit (city, township, village, party group or central household). (UNKNOWN_SCOPE; no key was created)")]
    [InlineData("--role", "viewer", "--document", "sha256:XYZ", "apikey create: Each document must be sha256: and 64 lower-case hex characters, at most 100 of them. (INVALID_DOCUMENT; no key was created)")]
    public async Task ABadRoleScopeOrDocumentIsAClearErrorAndNothingIsStored(string option1, string value1, string option2, string value2, string message)
    {
        using var kit = await ApiKeyKit.CreateAsync();
        var args = new List<string> { "apikey", "create", option1, value1, option2, value2 };
        if (option2 != "--scope")
        {
            args.AddRange(["--scope", "city:ningguo"]);
        }

        var (exit, output, error) = await RunAsync(kit, [.. args]);

        Assert.Equal((1, string.Empty, message + "\n"), (exit, output, error));
        Assert.Empty(await kit.Store.ListApiKeysAsync(CliFixture.Ct));
    }

    [Theory]
    [InlineData("apikey", "create", "--scope", "city:ningguo")]
    [InlineData("apikey", "create", "--role", "viewer")]
    [InlineData("apikey", "create", "--role")]
    [InlineData("apikey", "create", "--role", "viewer", "--scope", "city:ningguo", "--colour", "red")]
    [InlineData("apikey")]
    [InlineData("apikey", "rotate")]
    [InlineData("apikey", "list", "--pii")]
    [InlineData("apikey", "revoke")]
    [InlineData("apikey", "revoke", "ABCDEF0123456789")]
    [InlineData("apikey", "revoke", "0123456789abcdef", "fedcba9876543210")]
    public async Task ArgumentsThatMakeNoSenseAreAUsageErrorAndStoreNothing(params string[] args)
    {
        using var kit = await ApiKeyKit.CreateAsync();

        var (exit, output, error) = await RunAsync(kit, args);

        Assert.Equal((CommandLine.UsageError, string.Empty), (exit, output));
        Assert.EndsWith(ApiKeyCommand.Usage + "\n", error, StringComparison.Ordinal);
        Assert.Empty(await kit.Store.ListApiKeysAsync(CliFixture.Ct));
    }

    [Fact]
    public async Task ListShowsEveryKeyOldestFirstWithoutHashes()
    {
        using var kit = await ApiKeyKit.CreateAsync();
        var first = await kit.Service.CreateAsync("统计 app", "analyst", "township:gangkou", true, [Document], CliFixture.Ct);
        kit.Clock.Advance(TimeSpan.FromMinutes(90));
        var second = await kit.Service.CreateAsync(null, "viewer", null, false, [], CliFixture.Ct);
        kit.Clock.Advance(TimeSpan.FromDays(1));
        await kit.Service.RevokeAsync(first.Record.Id, CliFixture.Ct);

        var (exit, output, error) = await RunAsync(kit, "apikey", "list");

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Equal(
            $"""
            ID                NAME      ROLE     SCOPE             PII    DOCUMENTS  CREATED               REVOKED
            {first.Record.Id}  统计 app  analyst  township:gangkou  true   1          2026-03-01 08:00:00Z  2026-03-02 09:30:00Z
            {second.Record.Id}  -         viewer   everything        false  any        2026-03-01 09:30:00Z  -

            """.Replace("\r", string.Empty, StringComparison.Ordinal),
            output);
        Assert.DoesNotContain(first.Record.Hash, output, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Record.Salt, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListingNoKeysSaysSo()
    {
        using var kit = await ApiKeyKit.CreateAsync();

        Assert.Equal((0, "No API keys.\n", string.Empty), await RunAsync(kit, "apikey", "list"));
    }

    [Fact]
    public async Task RevokeStopsTheKeyAndSaysWhenRunningInstancesNotice()
    {
        using var kit = await ApiKeyKit.CreateAsync();
        var created = await kit.Service.CreateAsync("app", "viewer", null, false, [], CliFixture.Ct);

        var (exit, output, error) = await RunAsync(kit, "apikey", "revoke", created.Record.Id);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Equal($"Revoked API key {created.Record.Id}. Running API instances stop accepting it within 10 s (Auth:ApiKeyCacheSeconds).\n", output);
        Assert.Null(await kit.NewService().VerifyAsync(created.Key, CliFixture.Ct));
        Assert.Equal(kit.Clock.Now, Assert.Single(await kit.Store.ListApiKeysAsync(CliFixture.Ct)).RevokedAt);
    }

    [Fact]
    public async Task RevokingAnUnknownOrRevokedKeyFails()
    {
        using var kit = await ApiKeyKit.CreateAsync();
        var created = await kit.Service.CreateAsync("app", "viewer", null, false, [], CliFixture.Ct);
        await RunAsync(kit, "apikey", "revoke", created.Record.Id);

        Assert.Equal((1, string.Empty, $"apikey revoke: there is no API key {created.Record.Id} to revoke (unknown, or revoked already).\n"),
            await RunAsync(kit, "apikey", "revoke", created.Record.Id));
        Assert.Equal((1, string.Empty, "apikey revoke: there is no API key 0123456789abcdef to revoke (unknown, or revoked already).\n"),
            await RunAsync(kit, "apikey", "revoke", "0123456789abcdef"));
    }
}
