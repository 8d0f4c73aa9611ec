using GovGraph.Bench;

// Latency of representative queries through HTTP against their floor (direct store calls + JSON), per scale.
// Scope: dotnet GovGraph.Bench.dll --mode scope --out file.md (scoped against unscoped callers, store and HTTP)
// Subscriptions: dotnet GovGraph.Bench.dll --mode subscriptions [--subscribers 1000] [--resumers 100] [--rate 100] [--seconds 30] --out file.md
// Usage: dotnet GovGraph.Bench.dll [--scales 1,10] [--api path/GovGraph.Api.dll] [--data bench/data] [--out file.md]
//        [--warmup 20] [--iterations 200] [--budget-seconds 20] [--min-iterations 10]
var repoRoot = FindRepoRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
var options = BenchOptions.Parse(args, repoRoot);
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};

if (options.Mode == "subscriptions")
{
    var subscriptions = await GovGraph.Bench.Subscriptions.SubscriptionBench.RunAsync(options, cts.Token);
    Directory.CreateDirectory(Path.GetDirectoryName(options.Output)!);
    await File.WriteAllTextAsync(options.Output, subscriptions.Markdown(), cts.Token);
    Console.WriteLine(subscriptions.Markdown());
    return 0;
}

if (options.Mode == "scope")
{
    var scope = await GovGraph.Bench.Scope.ScopeBench.RunAsync(options, cts.Token);
    Directory.CreateDirectory(Path.GetDirectoryName(options.Output)!);
    await File.WriteAllTextAsync(options.Output, scope, cts.Token);
    Console.WriteLine(scope);
    return 0;
}

var results = new List<ScaleResult>();
foreach (var scale in options.Scales)
{
    results.Add(await BenchRun.ScaleAsync(options, scale, cts.Token));
}

var markdown = Report.Markdown(options, results);
Directory.CreateDirectory(Path.GetDirectoryName(options.Output)!);
await File.WriteAllTextAsync(options.Output, markdown, cts.Token);
Console.WriteLine($"Wrote {options.Output}");
return 0;

static string? FindRepoRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "GovGraph.sln")))
        {
            return dir.FullName;
        }
    }

    return null;
}
