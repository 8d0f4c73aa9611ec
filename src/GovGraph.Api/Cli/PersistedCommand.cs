using GovGraph.Api.Limits.PersistedDocuments;

namespace GovGraph.Api.Cli;

/// <summary>
/// <c>dotnet run --project src/GovGraph.Api -- persisted id &lt;file&gt;...</c>: prints each file's persisted-document
/// id (<c>sha256:</c> and the hex SHA-256 of its bytes), the <c>documentId</c> a client sends for it once the file is
/// in the folder of <c>GraphQL:PersistedDocuments:Path</c>.
/// </summary>
public static class PersistedCommand
{
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        if (args is not ["persisted", "id", _, ..])
        {
            await console.Error.WriteLineAsync("usage: persisted id <file> [<file>...]");
            return CommandLine.UsageError;
        }

        foreach (var file in args[2..])
        {
            var path = CommandLine.ResolvePath(file);
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"persisted: cannot read {path}: {ex.Message}");
                return 1;
            }

            await console.Out.WriteLineAsync(args.Length > 3 ? $"{PersistedDocumentId.Of(bytes)}  {file}" : PersistedDocumentId.Of(bytes));
        }

        return 0;
    }
}
