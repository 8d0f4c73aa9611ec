using System.Globalization;

namespace GovGraph.Bench;

/// <summary>Command-line settings: <c>--name value</c> pairs, every one optional.</summary>
internal sealed record BenchOptions
{
    /// <summary>The API built in Release (run as a child process).</summary>
    public required string ApiDll { get; init; }

    /// <summary>Where store files, their seed markers and the API logs go.</summary>
    public required string DataDir { get; init; }

    /// <summary>The markdown results file to write.</summary>
    public required string Output { get; init; }

    public IReadOnlyList<int> Scales { get; init; } = [1, 10];

    public int Warmup { get; init; } = 20;

    public int Iterations { get; init; } = 200;

    /// <summary>Per query and mode, measuring stops after this long even below <see cref="Iterations"/>.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Fewest measured iterations, whatever the budget.</summary>
    public int MinIterations { get; init; } = 10;

    /// <summary>"queries" (latency per scale) or "subscriptions" (WebSocket subscribers under mutations).</summary>
    public string Mode { get; init; } = "queries";

    public int Subscribers { get; init; } = 1000;

    /// <summary>Of the subscribers, how many drop their connection once mid-stream and resume with their last cursor.</summary>
    public int Resumers { get; init; } = 100;

    /// <summary>Mutations committed per second during a subscription run.</summary>
    public int Rate { get; init; } = 100;

    /// <summary>How long mutations are committed in a subscription run.</summary>
    public int Seconds { get; init; } = 30;

    public static BenchOptions Parse(string[] args, string repoRoot)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected --name value pairs, got '{args[i]}'.");
            }

            values[args[i][2..]] = args[++i];
        }

        string Get(string name, string fallback) => values.TryGetValue(name, out var v) ? v : fallback;
        int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new BenchOptions
        {
            ApiDll = Path.GetFullPath(Get("api", Path.Combine(repoRoot, "src/GovGraph.Api/bin/Release/net10.0/GovGraph.Api.dll"))),
            DataDir = Path.GetFullPath(Get("data", Path.Combine(repoRoot, "bench/data"))),
            Output = Path.GetFullPath(Get("out", Path.Combine(repoRoot, "bench/data/results-table.md"))),
            Scales = Get("scales", "1,10").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList(),
            Warmup = Int("warmup", 20),
            Iterations = Int("iterations", 200),
            Budget = TimeSpan.FromSeconds(Int("budget-seconds", 20)),
            MinIterations = Int("min-iterations", 10),
            Mode = Get("mode", "queries"),
            Subscribers = Int("subscribers", 1000),
            Resumers = Int("resumers", 100),
            Rate = Int("rate", 100),
            Seconds = Int("seconds", 30),
        };
    }
}
