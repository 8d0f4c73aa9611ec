using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace GovGraph.Bench.Subscriptions;

/// <summary>
/// Many WebSocket subscribers on loopback while mutations commit at a steady rate: commit-to-delivery latency
/// (event <c>at</c>, stamped when the commit takes the write lock, to arrival at the client; one clock, one machine)
/// and, against the change log read back afterwards, how many events each subscriber lost or got twice — including
/// subscribers that drop their connection mid-stream and resume with the last cursor they saw.
/// </summary>
internal static class SubscriptionBench
{
    public static async Task<SubscriptionResult> RunAsync(BenchOptions options, CancellationToken ct)
    {
        var (seeded, _, _) = await StoreFiles.EnsureAsync(options.DataDir, 1, ct);

        // A copy: the run writes, and the query benchmark's store must stay as seeded.
        var store = Path.Combine(options.DataDir, "subscriptions.db");
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(store + suffix);
        }

        File.Copy(seeded, store);
        await using var api = await ApiProcess.StartAsync(options.ApiDll, store, Path.Combine(options.DataDir, "api-subscriptions.log"), ct);
        var ws = new UriBuilder(api.BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri;
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };

        Console.WriteLine($"Connecting {options.Subscribers} subscribers ...");
        var subscribers = Enumerable.Range(0, options.Subscribers).Select(i => new WsSubscriber(ws, i)).ToList();
        using var gate = new SemaphoreSlim(50);
        await Task.WhenAll(subscribers.Select(async s =>
        {
            await gate.WaitAsync(ct);
            try
            {
                await s.ConnectAsync(resume: false, ct);
            }
            finally
            {
                gate.Release();
            }
        }));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var random = new Random(42);
        var resumers = subscribers.Take(options.Resumers).ToHashSet();
        var run = TimeSpan.FromSeconds(options.Seconds);
        var readers = subscribers.Select(s => resumers.Contains(s)
            ? ResumeAsync(s, TimeSpan.FromSeconds(1 + random.NextDouble() * (run.TotalSeconds - 2)), stop.Token)
            : s.ReadAsync(() => true, stop.Token)).ToList();

        // Give every subscription time to be registered before the first commit.
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        Console.WriteLine($"Committing {options.Rate} mutations/s for {options.Seconds} s ...");
        var mutations = await MutateAsync(http, options.Rate, run, ct);

        var expected = await ChangeLogAsync(http, ct);
        var settle = Stopwatch.StartNew();
        while (settle.Elapsed < TimeSpan.FromSeconds(60)
            && subscribers.Any(s => s.Failure is null && s.Cursors.Distinct().Count() < expected.Count))
        {
            await Task.Delay(200, ct);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        await Task.WhenAll(subscribers.Select(s => s.CloseAsync()));
        return SubscriptionResult.From(options, subscribers, resumers, expected, mutations);
    }

    private static async Task ResumeAsync(WsSubscriber subscriber, TimeSpan dropAfter, CancellationToken ct)
    {
        using (var first = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            first.CancelAfter(dropAfter);
            await subscriber.ReadAsync(() => false, first.Token);
        }

        subscriber.Drop();
        if (ct.IsCancellationRequested)
        {
            return;
        }

        // Away for a while, long enough to miss events, then back with the last cursor seen.
        await Task.Delay(TimeSpan.FromMilliseconds(500 + subscriber.Index * 37 % 1500), ct).ContinueWith(_ => { }, TaskScheduler.Default);
        if (ct.IsCancellationRequested)
        {
            return;
        }

        await subscriber.ConnectAsync(resume: true, ct);
        await subscriber.ReadAsync(() => false, ct);
    }

    private static async Task<MutationFigures> MutateAsync(HttpClient http, int rate, TimeSpan run, CancellationToken ct)
    {
        var interval = TimeSpan.FromSeconds(1.0 / rate);
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task<bool>>();
        var sent = 0;
        while (clock.Elapsed < run)
        {
            var due = interval * sent;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, ct);
            }

            inFlight.Add(CreatePersonAsync(http, sent++, ct));
        }

        var results = await Task.WhenAll(inFlight);
        return new MutationFigures(sent, results.Count(ok => ok), sent / run.TotalSeconds, clock.Elapsed.TotalSeconds);
    }

    private static async Task<bool> CreatePersonAsync(HttpClient http, int n, CancellationToken ct)
    {
        var body = new
        {
            query = "mutation($input: CreatePersonInput!) { createPerson(input: $input) { errors { code } } }",
            variables = new { input = new { name = $"订阅测试{n}", partyMember = true } },
        };
        using var response = await http.PostAsJsonAsync("graphql", body, ct);
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return json.RootElement.TryGetProperty("data", out var data)
            && data.GetProperty("createPerson").GetProperty("errors").GetArrayLength() == 0;
    }

    /// <summary>Every event in the change log (cursor and commit time), read back page by page: what each subscriber should have seen.</summary>
    private static async Task<List<(long Cursor, DateTimeOffset At)>> ChangeLogAsync(HttpClient http, CancellationToken ct)
    {
        var cursors = new List<(long Cursor, DateTimeOffset At)>();
        string? after = null;
        while (true)
        {
            var body = new
            {
                query = "query($after: String) { changes(after: $after, first: 500) { edges { cursor node { at } } pageInfo { hasNextPage endCursor } } }",
                variables = new { after },
            };
            using var response = await http.PostAsJsonAsync("graphql", body, ct);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            var changes = json.RootElement.GetProperty("data").GetProperty("changes");
            cursors.AddRange(changes.GetProperty("edges").EnumerateArray().Select(e => (
                long.Parse(e.GetProperty("cursor").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                e.GetProperty("node").GetProperty("at").GetDateTimeOffset())));
            var page = changes.GetProperty("pageInfo");
            if (!page.GetProperty("hasNextPage").GetBoolean())
            {
                return cursors;
            }

            after = page.GetProperty("endCursor").GetString();
        }
    }
}
