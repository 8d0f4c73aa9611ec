using System.CommandLine;
using System.CommandLine.Parsing;

namespace GovGraph.Api.Cli;

/// <summary>
/// Explains a command line that makes no sense: each error on a line, an unknown verb or option with the nearest
/// known one ("did you mean"), and where the help is.
/// </summary>
public static class UsageErrors
{
    public static async Task WriteAsync(ParseResult parsed, TextWriter error)
    {
        var command = parsed.CommandResult;
        var path = Path(command);
        var who = path.Length == 0 ? "govgraph" : path;
        var unmatched = parsed.UnmatchedTokens.ToHashSet(StringComparer.Ordinal);
        foreach (var e in parsed.Errors)
        {
            var token = unmatched.FirstOrDefault(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal));
            if (token is null)
            {
                // System.CommandLine's words for a verb without its sub-verb; said already when one was mistyped.
                if (e.Message == "Required command was not provided." && unmatched.Count == 0)
                {
                    await error.WriteLineAsync($"{who} needs one of: {string.Join(", ", command.Command.Subcommands.Select(c => c.Name))}.");
                }
                else if (e.Message != "Required command was not provided.")
                {
                    await error.WriteLineAsync($"{who}: {e.Message}");
                }

                continue;
            }

            unmatched.Remove(token);
            var what = token.StartsWith('-') ? "option" : command.Command.Subcommands.Count > 0 ? "verb" : "argument";
            var nearest = Nearest(token, Candidates(command.Command, token.StartsWith('-')));
            await error.WriteLineAsync(
                $"{who}: unknown {what} '{token}'." + (nearest is null ? string.Empty : $" Did you mean '{nearest}'?"));
        }

        await error.WriteLineAsync($"See {CommandLine.Invocation} {(path.Length == 0 ? string.Empty : path + " ")}--help.");
    }

    /// <summary>The closest candidate within a few edits (about a third of the word), or null.</summary>
    public static string? Nearest(string token, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(token, c)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(2, token.TrimStart('-').Length / 3) ? best.Candidate : null;
    }

    private static IEnumerable<string> Candidates(Command command, bool option)
    {
        if (!option)
        {
            return command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
        }

        var options = new List<Option>(command.Options);
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            options.AddRange(parent.Options.Where(o => o.Recursive));
        }

        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
    }

    private static string Path(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult { Parent: not null } c; result = c.Parent)
        {
            names.Insert(0, c.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
