using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Editing;

/// <summary>
/// Runs an edit at most once per idempotency key. The lookup happens inside the write transaction, and the
/// store runs one write transaction at a time, so two concurrent repeats cannot both apply. Only a success is
/// recorded: a refusal writes nothing, and a retry may succeed once the reason is gone.
/// </summary>
internal static class Idempotent
{
    public static async Task<T> RunAsync<T>(
        IGraphWriteTransaction tx,
        string? key,
        Func<Task<T>> work,
        Func<T, EditRecord> record,
        Func<EditRecord, Task<T>> replay,
        CancellationToken ct)
    {
        if (key is not null && await tx.GetIdempotentResultAsync(key, ct) is { } recorded)
        {
            return await replay(EditRecord.Parse(recorded));
        }

        var value = await work();
        if (key is not null)
        {
            await tx.SaveIdempotentResultAsync(key, record(value).ToJson(), ct);
        }

        return value;
    }
}
