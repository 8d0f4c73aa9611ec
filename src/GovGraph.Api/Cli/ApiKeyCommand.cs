using System.Globalization;
using GovGraph.Api.Security.ApiKeys;
using GovGraph.Storage;
using GovGraph.Storage.Security;

namespace GovGraph.Api.Cli;

/// <summary>
/// <c>apikey create --role ROLE --scope ID [--name TEXT] [--pii] [--document sha256:HEX]...</c> prints a new key once;
/// <c>apikey list</c> shows every key (never its hash); <c>apikey revoke ID</c> revokes one.
/// </summary>
public static class ApiKeyCommand
{
    public const string Usage =
        "usage: apikey create --role viewer|analyst|editor|admin --scope ID [--name TEXT] [--pii] [--document sha256:HEX]... | apikey list | apikey revoke ID";

    public static async Task<int> RunAsync(ApiKeyService keys, IGraphStore store, IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var arguments = VerbArguments.Parse(args.Skip(1), ["--pii"], ["--role", "--scope", "--name", "--document"], out var error);
        switch (arguments?.Positionals)
        {
            case ["create"]:
                return await CreateAsync(keys, store, arguments, console, ct);
            case ["list"] when arguments.Values.Count == 0 && arguments.Flags.Count == 0:
                await store.InitializeAsync(ct);
                await WriteTableAsync(await keys.ListAsync(ct), console.Out);
                return 0;
            case ["revoke", var id] when arguments.Values.Count == 0 && arguments.Flags.Count == 0:
                return await RevokeAsync(keys, store, id, console, ct);
            default:
                await console.Error.WriteLineAsync($"{error ?? "apikey takes create, list or revoke."} {Usage}");
                return CommandLine.UsageError;
        }
    }

    private static async Task<int> CreateAsync(ApiKeyService keys, IGraphStore store, VerbArguments arguments, CliConsole console, CancellationToken ct)
    {
        if (!arguments.Values.TryGetValue("--role", out var role) || !arguments.Values.TryGetValue("--scope", out var scope))
        {
            await console.Error.WriteLineAsync($"apikey create needs --role and --scope (the city's id for everything). {Usage}");
            return CommandLine.UsageError;
        }

        await store.InitializeAsync(ct);
        CreatedApiKey created;
        try
        {
            created = await keys.CreateAsync(
                arguments.Values.GetValueOrDefault("--name"), role, scope, arguments.Has("--pii"), arguments.All("--document"), ct);
        }
        catch (ApiKeyException e)
        {
            await console.Error.WriteLineAsync($"apikey create: {e.Message} ({e.Code}; no key was created)");
            return 1;
        }

        var key = created.Record;
        await console.Out.WriteLineAsync(
            $"Created API key {key.Id}: role {key.Role}, scope {key.Scope ?? "everything"}, pii {(key.PersonalData ? "true" : "false")}, documents {Documents(key)}.");
        await console.Out.WriteLineAsync(created.Key);
        await console.Out.WriteLineAsync("Store this key now: it cannot be shown again (only a salted hash of it is kept).");
        return 0;
    }

    private static async Task<int> RevokeAsync(ApiKeyService keys, IGraphStore store, string id, CliConsole console, CancellationToken ct)
    {
        if (!ApiKeySecrets.IsId(id))
        {
            await console.Error.WriteLineAsync($"apikey revoke takes a key id: 16 lower-case hex characters, as apikey list shows. {Usage}");
            return CommandLine.UsageError;
        }

        await store.InitializeAsync(ct);
        if (!await keys.RevokeAsync(id, ct))
        {
            await console.Error.WriteLineAsync($"apikey revoke: there is no API key {id} to revoke (unknown, or revoked already).");
            return 1;
        }

        await console.Out.WriteLineAsync(
            $"Revoked API key {id}. Running API instances stop accepting it within {keys.CacheLifetime.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (Auth:ApiKeyCacheSeconds).");
        return 0;
    }

    private static async Task WriteTableAsync(IReadOnlyList<ApiKeyRecord> keys, TextWriter output)
    {
        if (keys.Count == 0)
        {
            await output.WriteLineAsync("No API keys.");
            return;
        }

        string[] header = ["ID", "NAME", "ROLE", "SCOPE", "PII", "DOCUMENTS", "CREATED", "REVOKED"];
        var rows = keys.Select(k => new[]
        {
            k.Id, k.Name.Length == 0 ? "-" : k.Name, k.Role, k.Scope ?? "everything", k.PersonalData ? "true" : "false",
            Documents(k), Instant(k.CreatedAt), k.RevokedAt is { } revoked ? Instant(revoked) : "-",
        }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Max(r => Width(r[i]))).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, i) => i == row.Length - 1 ? cell : cell + new string(' ', widths[i] - Width(cell)));
            await output.WriteLineAsync(string.Join("  ", cells).TrimEnd());
        }
    }

    /// <summary>Columns a terminal gives the text: Chinese (and other East Asian wide) characters take two.</summary>
    private static int Width(string text) => text.Sum(c => c is >= '\u1100' and <= '\u115f' or >= '\u2e80' and <= '\ua4cf'
        or >= '\uac00' and <= '\ud7a3' or >= '\uf900' and <= '\ufaff' or >= '\ufe30' and <= '\ufe4f' or >= '\uff00' and <= '\uff60'
        or >= '\uffe0' and <= '\uffe6' ? 2 : 1);

    private static string Documents(ApiKeyRecord key) =>
        key.Documents.Count == 0 ? "any" : key.Documents.Count.ToString(CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
