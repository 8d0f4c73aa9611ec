namespace GovGraph.Storage.Interchange;

/// <summary>
/// Reads an APOC JSON-lines file (MODEL.md) and checks it against the model and the store, giving one
/// <see cref="GraphWriteBatch"/> for the whole file or the refused lines with their reasons. Reads the store
/// (one batched lookup) but never writes it.
/// </summary>
public static class ApocJsonReader
{
    private const int ChunkSize = 1 << 20;

    public static async Task<ImportResult> ReadAsync(
        Stream input, IGraphStore store, ImportOptions options, IProgress<InterchangeProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);

        var validator = new ImportValidator(options);
        long? total = input.CanSeek ? input.Length - input.Position : null;
        await ReadLinesAsync(input, validator, total, progress, ct);
        if (!validator.Stopped)
        {
            progress?.Report(new InterchangeProgress("checking against the store", 0, null, "nodes"));
            await validator.CheckAgainstStoreAsync(store, ct);
        }

        return validator.Result();
    }

    /// <summary>Splits the stream into lines of bytes (LF or CRLF) and hands each to the validator.</summary>
    private static async Task ReadLinesAsync(
        Stream input, ImportValidator validator, long? total, IProgress<InterchangeProgress>? progress, CancellationToken ct)
    {
        var buffer = new byte[ChunkSize];
        int start = 0, end = 0, lineNumber = 0;
        long bytesRead = 0;
        while (!validator.Stopped)
        {
            if (end == buffer.Length)
            {
                // One line longer than the buffer: grow it rather than split the line.
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await input.ReadAsync(buffer.AsMemory(end), ct);
            if (read == 0)
            {
                if (end > start)
                {
                    validator.Add(++lineNumber, Trim(buffer.AsSpan(start, end - start), lineNumber));
                }

                break;
            }

            end += read;
            bytesRead += read;
            var scanFrom = start;
            int newline;
            while (!validator.Stopped && (newline = buffer.AsSpan(scanFrom, end - scanFrom).IndexOf((byte)'\n')) >= 0)
            {
                var lineEnd = scanFrom + newline;
                validator.Add(++lineNumber, Trim(buffer.AsSpan(start, lineEnd - start), lineNumber));
                start = scanFrom = lineEnd + 1;
            }

            if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
            }

            ct.ThrowIfCancellationRequested();
            progress?.Report(new InterchangeProgress("reading", bytesRead, total, "bytes"));
        }

        validator.Lines = lineNumber;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line, int lineNumber)
    {
        // A byte order mark is tolerated on the first line (the format is UTF-8; some editors add one).
        if (lineNumber == 1 && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }

        return line.TrimEnd((byte)'\r');
    }
}
