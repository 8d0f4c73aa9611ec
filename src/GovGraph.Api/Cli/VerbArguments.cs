namespace GovGraph.Api.Cli;

/// <summary>
/// A verb's own arguments, with the configuration overrides that share the command line (<c>--Store:Path=x</c>,
/// <c>--Store:Path x</c>) left to the host's configuration.
/// </summary>
public sealed class VerbArguments
{
    private readonly Dictionary<string, List<string>> _all;

    private VerbArguments(List<string> positionals, HashSet<string> flags, Dictionary<string, List<string>> values)
    {
        Positionals = positionals;
        Flags = flags;
        _all = values;
        Values = values.ToDictionary(v => v.Key, v => v.Value[^1], StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Positionals { get; }

    public IReadOnlySet<string> Flags { get; }

    /// <summary>Each value option given, with its last value.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    public bool Has(string flag) => Flags.Contains(flag);

    /// <summary>Every value of a repeatable option, in the order given (empty when absent).</summary>
    public IReadOnlyList<string> All(string option) => _all.TryGetValue(option, out var values) ? values : [];

    /// <summary>Parses the arguments after the verb; null with <paramref name="error"/> set when they make no sense.</summary>
    public static VerbArguments? Parse(
        IEnumerable<string> args, IReadOnlyCollection<string> flags, IReadOnlyCollection<string> valueOptions, out string? error)
    {
        var positionals = new List<string>();
        var seenFlags = new HashSet<string>(StringComparer.Ordinal);
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        error = null;
        using var arg = args.GetEnumerator();
        while (arg.MoveNext())
        {
            var current = arg.Current;
            if (!current.StartsWith("--", StringComparison.Ordinal) || current == "--")
            {
                positionals.Add(current);
                continue;
            }

            var equals = current.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? current : current[..equals];
            if (flags.Contains(name) && equals < 0)
            {
                seenFlags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                if (equals >= 0)
                {
                    Add(values, name, current[(equals + 1)..]);
                }
                else if (arg.MoveNext())
                {
                    Add(values, name, arg.Current);
                }
                else
                {
                    error = $"{name} needs a value.";
                    return null;
                }
            }
            else if (name.Contains(':', StringComparison.Ordinal))
            {
                // A configuration key (Section:Key): the host has read it already; its value may be the next argument.
                if (equals < 0)
                {
                    arg.MoveNext();
                }
            }
            else
            {
                error = $"Unknown option {name}.";
                return null;
            }
        }

        return new VerbArguments(positionals, seenFlags, values);
    }

    private static void Add(Dictionary<string, List<string>> values, string name, string value)
    {
        if (!values.TryGetValue(name, out var list))
        {
            values[name] = list = [];
        }

        list.Add(value);
    }
}
