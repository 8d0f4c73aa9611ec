using System.CommandLine;
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
    public static Command Define(VerbContext context)
    {
        var role = new Option<string>("--role") { Description = "What the key may do.", HelpName = "viewer|analyst|editor|admin", Required = true };
        var scope = new Option<string>("--scope") { Description = "The org unit whose subtree the key sees (the city's id: everything).", HelpName = "ID", Required = true };
        var name = new Option<string>("--name") { Description = "Who the key is for (shown by apikey list and in the change log).", HelpName = "TEXT" };
        var pii = new Option<bool>("--pii") { Description = "Personal data unmasked (analyst and above)." };
        var document = new Option<string[]>("--document")
        {
            Description = "A persisted document the key may run (repeat it for several; none: any document).",
            HelpName = "sha256:HEX",
        };
        var create = new Command("create", "Creates an API key and prints it once.") { role, scope, name, pii, document };
        create.SetAction((parsed, _) => WithKeysAsync(context, (keys, store, ct) => CreateAsync(
            keys, store, parsed.GetRequiredValue(role), parsed.GetRequiredValue(scope), parsed.GetValue(name), parsed.GetValue(pii),
            parsed.GetValue(document) ?? [], context.Console, ct)));

        var list = new Command("list", "Lists every API key (never its hash).");
        list.SetAction((_, _) => WithKeysAsync(context, (keys, store, ct) => ListAsync(keys, store, context.Console, ct)));

        var id = new Argument<string>("ID") { Description = "The key's id: 16 lower-case hex characters, as apikey list shows." };
        id.Validators.Add(result =>
        {
            if (!ApiKeySecrets.IsId(result.GetValueOrDefault<string>()))
            {
                result.AddError("apikey revoke takes a key id: 16 lower-case hex characters, as apikey list shows.");
            }
        });
        var revoke = new Command("revoke", "Revokes an API key.") { id };
        revoke.SetAction((parsed, _) => WithKeysAsync(context, (keys, store, ct) => RevokeAsync(keys, store, parsed.GetRequiredValue(id), context.Console, ct)));

        return new Command("apikey", "Manages the API keys of third-party apps (X-Api-Key).") { create, list, revoke };
    }

    private static Task<int> WithKeysAsync(VerbContext context, Func<ApiKeyService, IGraphStore, CancellationToken, Task<int>> run) =>
        context.WithHostAsync("apikey", (app, ct) =>
            run(app.Services.GetRequiredService<ApiKeyService>(), app.Services.GetRequiredService<IGraphStore>(), ct));

    public static async Task<int> CreateAsync(
        ApiKeyService keys, IGraphStore store, string role, string scope, string? name, bool pii, IReadOnlyList<string> documents,
        CliConsole console, CancellationToken ct)
    {
        await store.InitializeAsync(ct);
        CreatedApiKey created;
        try
        {
            created = await keys.CreateAsync(name, role, scope, pii, documents, ct);
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

    public static async Task<int> ListAsync(ApiKeyService keys, IGraphStore store, CliConsole console, CancellationToken ct)
    {
        await store.InitializeAsync(ct);
        await WriteTableAsync(await keys.ListAsync(ct), console.Out);
        return 0;
    }

    public static async Task<int> RevokeAsync(ApiKeyService keys, IGraphStore store, string id, CliConsole console, CancellationToken ct)
    {
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
