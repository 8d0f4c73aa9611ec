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
}
