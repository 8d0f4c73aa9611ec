namespace GovGraph.Storage.Interchange;

/// <summary>
/// Imports an APOC JSON-lines file into a store, all or nothing: the whole file is read and checked first
/// (<see cref="ApocJsonReader"/>), then written as one batch, so any refused line leaves the store as it was.
/// </summary>
public static class ApocJsonImporter
{
    public static async Task<ImportResult> ImportAsync(
        Stream input, IGraphStore store, ImportOptions options, IProgress<InterchangeProgress>? progress, CancellationToken ct)
    {
        var result = await ApocJsonReader.ReadAsync(input, store, options, progress, ct);
        if (!result.Succeeded)
        {
            return result;
        }

        progress?.Report(new InterchangeProgress("writing to the store", 0, null, "nodes"));
        try
        {
            await store.WriteAsync(result.Batch!, ct);
        }
        catch (StoreException e)
        {
            // Only what the checks cannot see ends here (a relationship id already stored, a concurrent writer).
            return result.WithStoreError(e);
        }

        return result;
    }
}
