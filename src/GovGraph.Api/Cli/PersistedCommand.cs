using System.CommandLine;
using GovGraph.Api.Limits.PersistedDocuments;

namespace GovGraph.Api.Cli;

/// <summary>
/// <c>dotnet run --project src/GovGraph.Api -- persisted id &lt;file&gt;...</c>: prints each file's persisted-document
/// id (<c>sha256:</c> and the hex SHA-256 of its bytes), the <c>documentId</c> a client sends for it once the file is
/// in the folder of <c>GraphQL:PersistedDocuments:Path</c>.
/// </summary>
public static class PersistedCommand
{
    public static Command Define(VerbContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "GraphQL documents, relative to the folder you run the command from.", Arity = ArgumentArity.OneOrMore };
        var id = new Command("id", "Prints each file's persisted-document id (sha256: and the hex SHA-256 of its bytes).") { files };
        id.SetAction((parsed, _) => RunAsync(parsed.GetRequiredValue(files), context.Console));
        return new Command("persisted", "Persisted documents (GraphQL:PersistedDocuments:Path).") { id };
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> files, CliConsole console)
    {
        foreach (var file in files)
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

            await console.Out.WriteLineAsync(files.Count > 1 ? $"{PersistedDocumentId.Of(bytes)}  {file}" : PersistedDocumentId.Of(bytes));
        }

        return 0;
    }
}
