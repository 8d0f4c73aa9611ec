using GovGraph.Domain.Changes;

namespace GovGraph.Api.Tests.Changes;

/// <summary>Reading a given number of events from a stream, with a generous guard so a missing event fails rather than hangs.</summary>
public static class FeedReading
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);

    public static async Task<List<ChangeEvent>> TakeAsync(this IAsyncEnumerator<ChangeEvent> reader, int count)
    {
        var taken = new List<ChangeEvent>();
        while (taken.Count < count)
        {
            var moved = reader.MoveNextAsync().AsTask();
            if (await Task.WhenAny(moved, Task.Delay(Guard)) != moved)
            {
                throw new TimeoutException($"Only {taken.Count} of {count} events arrived: {string.Join(", ", taken.Select(e => e.Cursor))}");
            }

            Assert.True(await moved, "The stream ended early.");
            taken.Add(reader.Current);
        }

        return taken;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing after <paramref name="within"/> (default <see cref="Guard"/>).</summary>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan? within = null)
    {
        var limit = within ?? Guard;
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The condition did not hold within {limit.TotalSeconds:0} s.");
            await Task.Delay(20);
        }
    }

    public static IEnumerable<long> Cursors(this IEnumerable<ChangeEvent> events) => events.Select(e => e.Cursor);

    public static IEnumerable<long> Range(long after, int count) => Enumerable.Range(1, count).Select(i => after + i);
}
