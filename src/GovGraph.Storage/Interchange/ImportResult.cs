namespace GovGraph.Storage.Interchange;

/// <summary>
/// The outcome of reading (and, for <see cref="ApocJsonImporter.ImportAsync"/>, writing) an import file. Either
/// <see cref="Errors"/> is empty and <see cref="Batch"/> holds the whole file, or nothing is (or was) written.
/// </summary>
public sealed class ImportResult
{
    internal ImportResult(GraphWriteBatch? batch, IReadOnlyList<ImportError> errors, int errorCount, bool stoppedEarly, int lines)
    {
        Batch = batch;
        Errors = errors;
        ErrorCount = errorCount;
        StoppedEarly = stoppedEarly;
        Lines = lines;
    }

    /// <summary>The validated graph as one batch (with <see cref="GraphWriteBatch.ReplaceAll"/> when replacing); null on errors.</summary>
    public GraphWriteBatch? Batch { get; }

    /// <summary>Every refused line, in line order (at most <see cref="ImportOptions.MaxErrors"/>).</summary>
    public IReadOnlyList<ImportError> Errors { get; }

    /// <summary>How many errors were found; more than <see cref="Errors"/> holds when they were over the limit.</summary>
    public int ErrorCount { get; }

    /// <summary>True when reading stopped at the error limit, so later lines were not checked.</summary>
    public bool StoppedEarly { get; }

    /// <summary>Lines read (including blank ones).</summary>
    public int Lines { get; }

    public bool Succeeded => Errors.Count == 0;

    public int NodeCount => Batch?.CreateNodes.Count ?? 0;

    public int RelationshipCount => Batch?.CreateRelationships.Count ?? 0;

    internal ImportResult WithStoreError(StoreException error) =>
        new(null, [new ImportError(0, $"the store refused the import: {error.Message}")], 1, false, Lines);
}
