namespace GovGraph.Api.Cli;

/// <summary>The command-line verbs (<c>dotnet run --project src/GovGraph.Api -- VERB ...</c>); no verb serves the API.</summary>
public static class CommandLine
{
    /// <summary>Runs the verb in <paramref name="args"/>, if any; returns its exit code, or null to serve.</summary>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args) => args switch
    {
        ["schema", ..] => await SchemaCommand.RunAsync(app.Services, args),
        _ => null,
    };

    /// <summary>
    /// Resolves a path given on the command line against the caller's shell folder: <c>dotnet run</c> starts the
    /// program in the project folder, but users type paths relative to where they are.
    /// </summary>
    public static string ResolvePath(string path) =>
        Path.IsPathRooted(path)
            ? path
            : Path.GetFullPath(path, Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd ? pwd : Environment.CurrentDirectory);
}
