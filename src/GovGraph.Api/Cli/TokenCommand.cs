using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovGraph.Api.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovGraph.Api.Cli;

/// <summary>
/// <c>token create --role ROLE --scope ID [--pii] [--ttl 1h] [--name TEXT]</c>: mints a bearer token signed with the
/// configured <c>Auth:SigningKey</c>, carrying the claims the API reads, for trying roles and scopes in development.
/// </summary>
public static partial class TokenCommand
{
    /// <summary>Long enough for an afternoon of trying things, short enough that a forgotten token soon stops working.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(7);

    public static Command Define(VerbContext context)
    {
        var role = new Option<string>("--role") { Description = "The role claim.", HelpName = "viewer|analyst|editor|admin", Required = true };
        role.AcceptOnlyFromAmong([.. Enum.GetNames<CallerRole>().Select(n => n.ToLowerInvariant())]);
        var scope = new Option<string>("--scope") { Description = "The scope claim: the org unit whose subtree the caller sees (the city's id: everything).", HelpName = "ID", Required = true };
        var pii = new Option<bool>("--pii") { Description = "The pii claim: personal data unmasked (analyst and above)." };
        var ttl = new Option<TimeSpan>("--ttl")
        {
            Description = $"How long the token is valid: 90s, 30m, 8h, 2d (at most {MaxLifetime.TotalDays.ToString(CultureInfo.InvariantCulture)}d).",
            HelpName = "DURATION",
            DefaultValueFactory = _ => DefaultLifetime,
            CustomParser = result =>
            {
                if (ParseLifetime(result.Tokens[0].Value) is { } lifetime)
                {
                    return lifetime;
                }

                result.AddError($"--ttl takes a duration such as 90s, 30m, 8h or 2d, more than zero and at most {MaxLifetime.TotalDays.ToString(CultureInfo.InvariantCulture)}d.");
                return DefaultLifetime;
            },
        };
        var name = new Option<string>("--name") { Description = "The name claim: the actor the change log records.", HelpName = "TEXT", DefaultValueFactory = _ => "developer" };
        var create = new Command("create", "Prints a bearer token signed with Auth:SigningKey, for trying roles and scopes.") { role, scope, pii, ttl, name };
        create.SetAction((parsed, _) => context.WithHostAsync("token create", (app, _) => RunAsync(
            app.Services.GetRequiredService<IOptions<AuthOptions>>().Value,
            new TokenRequest(parsed.GetRequiredValue(role), parsed.GetRequiredValue(scope), parsed.GetValue(pii), parsed.GetValue(ttl), parsed.GetRequiredValue(name)),
            app.Services.GetRequiredService<TimeProvider>().GetUtcNow(),
            context.Console)));
        return new Command("token", "Development bearer tokens.") { create };
    }

    /// <summary>Prints the token on standard output (alone, for <c>$(...)</c>) and what it carries on standard error.</summary>
    public static async Task<int> RunAsync(AuthOptions auth, TokenRequest request, DateTimeOffset now, CliConsole console)
    {
        if (string.IsNullOrEmpty(auth.SigningKey))
        {
            await console.Error.WriteLineAsync(string.IsNullOrWhiteSpace(auth.Authority)
                ? "token create: no signing key is configured: set Auth:SigningKey (at least 32 bytes) with Auth:Issuer and Auth:Audience, as the API that is to accept the token has them."
                : "token create: Auth:Authority is set, so tokens come from that identity provider; token create signs only with Auth:SigningKey.");
            return 1;
        }

        var expires = now + request.Lifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = request.Name,
                [AuthExtensions.NameClaim] = request.Name,
                [GovGraphClaims.Role] = request.Role,
                [GovGraphClaims.Scope] = request.Scope,
                [GovGraphClaims.PersonalData] = request.PersonalData ? "true" : "false",
            },
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(auth.SigningKey)), SecurityAlgorithms.HmacSha256),
        });

        await console.Out.WriteLineAsync(token);
        await console.Error.WriteLineAsync(
            $"A token for {request.Name}: role {request.Role}, scope {request.Scope}, pii {(request.PersonalData ? "true" : "false")}, "
            + $"valid until {expires.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}. Send it as Authorization: Bearer TOKEN.");
        return 0;
    }

    /// <summary>90s, 30m, 8h, 2d (or a time span, 01:30:00); null when it is none or out of range.</summary>
    public static TimeSpan? ParseLifetime(string text)
    {
        TimeSpan lifetime;
        if (Duration().Match(text) is { Success: true } match
            && long.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 1_000_000)
        {
            lifetime = match.Groups["unit"].Value switch
            {
                "s" => TimeSpan.FromSeconds(n),
                "m" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                _ => TimeSpan.FromDays(n),
            };
        }
        else if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out lifetime))
        {
            return null;
        }

        return lifetime > TimeSpan.Zero && lifetime <= MaxLifetime ? lifetime : null;
    }

    [GeneratedRegex("^(?<n>[0-9]+)(?<unit>[smhd])$")]
    private static partial Regex Duration();
}
