using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Cli;

/// <summary>
/// Turns what stops the API (or a verb) at start into one or two lines that name the setting or path to fix and
/// what to do: a busy port, a setting its validation refuses, a store file that cannot be opened or written.
/// </summary>
public static partial class StartupFailure
{
    private const string DefaultStorePath = "./data/govgraph.db";

    /// <summary>
    /// The lines for <paramref name="failure"/>, each starting with <paramref name="who"/>; null when it is none of the
    /// failures a user can act on (a bug: the caller shows it whole).
    /// </summary>
    public static IReadOnlyList<string>? Describe(Exception failure, string who, IConfiguration? configuration)
    {
        foreach (var e in Chain(failure))
        {
            switch (e)
            {
                case OptionsValidationException invalid:
                    return Settings(invalid, who);
                case IOException io when BindFailure().Match(io.Message) is { Success: true } bind:
                    return Listen(bind.Groups["address"].Value, io.InnerException?.Message ?? io.Message, who);
                case FormatException format when format.Message.StartsWith("Invalid url", StringComparison.Ordinal):
                    return [$"{who}: Urls: {format.Message} Give one or more http://host:port addresses, e.g. --urls http://localhost:5080."];
                case SqliteException sqlite:
                    return Store(StorePath(configuration), sqlite.SqliteErrorCode == 8 ? "cannot be written" : "cannot be opened", sqlite.Message, who);
                case UnauthorizedAccessException or IOException when StorePath(configuration) is { } path
                        && e.Message.Contains(Path.GetDirectoryName(path)!, StringComparison.Ordinal):
                    return Store(path, "cannot be created", e.Message, who);
            }
        }

        return null;
    }

    /// <summary>Writes why <paramref name="failure"/> stopped <paramref name="who"/>: its lines, or the whole exception when it is a bug.</summary>
    public static async Task WriteAsync(Exception failure, string who, IConfiguration? configuration, TextWriter error)
    {
        if (Describe(failure, who, configuration) is { } lines)
        {
            foreach (var line in lines)
            {
                await error.WriteLineAsync(line);
            }
        }
        else
        {
            await error.WriteLineAsync($"{who}: unexpected failure at start: {failure}");
        }
    }

    /// <summary>The settings <see cref="Describe"/> reads, kept apart from a host that a failed start disposes.</summary>
    public static IConfiguration Snapshot(IConfiguration configuration) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = configuration["Store:Provider"],
            ["Store:Path"] = configuration["Store:Path"],
        }).Build();

    private static List<string> Settings(OptionsValidationException invalid, string who)
    {
        var section = SectionOf(invalid.OptionsType);
        var failures = invalid.Failures.Select(f => Named(f, section)).ToList();
        var lines = new List<string> { $"{who}: invalid settings: {string.Join(" ", failures)}" };
        var keys = failures.Select(f => SettingName().Match(f)).Where(m => m.Success).Select(m => m.Value).Distinct().ToList();
        if (keys is [var key])
        {
            lines.Add($"Fix {key} in appsettings.json, as the environment variable {key.Replace(":", "__", StringComparison.Ordinal)} or on the command line (--{key}=VALUE).");
        }

        return lines;
    }

    // DataAnnotations name the property only ("'MaxDepth' with the error: ..."): put the section in front of it.
    private static string Named(string failure, string? section)
    {
        var annotation = DataAnnotationFailure().Match(failure);
        if (!annotation.Success)
        {
            return failure;
        }

        var member = annotation.Groups["member"].Value;
        return $"{(section is null ? member : $"{section}:{member}")}: {annotation.Groups["error"].Value}";
    }

    private static string? SectionOf(Type? options) =>
        options?.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
        ?? options?.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;

    private static List<string> Listen(string address, string reason, string who) =>
    [
        reason.Contains("address already in use", StringComparison.OrdinalIgnoreCase)
            ? $"{who}: cannot listen on {address}: the address is already in use (is another GovGraph running?)."
            : $"{who}: cannot listen on {address}: {reason}",
        "Stop the other server, or listen elsewhere with --urls (e.g. --urls http://localhost:5081) or the Urls setting.",
    ];

    private static List<string> Store(string? path, string what, string reason, string who) =>
    [
        $"{who}: the store file {path ?? "(Store:Path)"} (Store:Path) {what}: {reason}",
        "Make its folder writable, or choose another file with --Store:Path=PATH (or Store__Path=PATH).",
    ];

    private static string? StorePath(IConfiguration? configuration)
    {
        if (configuration is not null && !string.Equals(configuration["Store:Provider"] ?? "sqlite", "sqlite", StringComparison.Ordinal))
        {
            return null;
        }

        return Path.GetFullPath(configuration?["Store:Path"] is { Length: > 0 } path ? path : DefaultStorePath);
    }

    private static IEnumerable<Exception> Chain(Exception failure)
    {
        var pending = new Stack<Exception>([failure]);
        while (pending.TryPop(out var e))
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.Reverse())
                {
                    pending.Push(inner);
                }
            }
            else if (e.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }

    [GeneratedRegex(@"^Failed to bind to address (?<address>\S+?):? ")]
    private static partial Regex BindFailure();

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '(?<member>[^']+)' with the error: '(?<error>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();

    [GeneratedRegex(@"^[A-Za-z]+(:[A-Za-z0-9<>]+)+")]
    private static partial Regex SettingName();
}
