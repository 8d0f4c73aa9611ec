namespace GovGraph.Api.Cli;

/// <summary>
/// The command line split in two: the settings it carries for the host's configuration (<c>--Store:Path=x</c>,
/// <c>--Store:Path x</c>, <c>--urls URL</c>, <c>--environment NAME</c>) and the verb with its own arguments. Settings
/// may come anywhere; the host builder gets only them, so a verb's options never become configuration keys.
/// </summary>
public sealed record HostArguments(IReadOnlyList<string> Settings, IReadOnlyList<string> Verb)
{
    /// <summary>The host's own settings that have no section (ASP.NET Core reads them as <c>--name value</c>).</summary>
    public static readonly IReadOnlyList<string> HostKeys =
        ["urls", "environment", "contentRoot", "webRoot", "applicationName", "http_ports", "https_ports"];

    /// <summary>Splits <paramref name="args"/>; null with <paramref name="error"/> set when a setting has no value.</summary>
    public static HostArguments? Split(IReadOnlyList<string> args, out string? error)
    {
        var settings = new List<string>();
        var verb = new List<string>();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!IsSetting(arg, out var name))
            {
                verb.Add(arg);
                continue;
            }

            if (arg.Contains('=', StringComparison.Ordinal))
            {
                settings.Add(arg);
            }
            else if (i + 1 < args.Count)
            {
                // One token, so the host's configuration cannot pair the value with anything else.
                settings.Add($"{arg}={args[++i]}");
            }
            else
            {
                error = $"--{name} needs a value (--{name}=VALUE or --{name} VALUE).";
                return null;
            }
        }

        return new HostArguments(settings, verb);
    }

    private static bool IsSetting(string arg, out string name)
    {
        name = string.Empty;
        if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
        {
            return false;
        }

        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        name = equals < 0 ? arg[2..] : arg[2..equals];
        // "--Section=" with nothing after it: how WebApplicationFactory passes a section that holds settings.
        return name.Contains(':', StringComparison.Ordinal)
            || HostKeys.Contains(name, StringComparer.OrdinalIgnoreCase)
            || (equals == arg.Length - 1 && name.Length > 0);
    }
}
