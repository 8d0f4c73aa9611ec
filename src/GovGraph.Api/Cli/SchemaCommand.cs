using System.CommandLine;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GovGraph.Api.Cli;

/// <summary>
/// <c>dotnet run --project src/GovGraph.Api -- schema [file]</c>: prints the running schema's SDL (the contract in
/// <c>schema/govgraph.graphql</c>) to the file, or to standard output.
/// </summary>
public static class SchemaCommand
{
    public static string PrintSchema(IServiceProvider services)
    {
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    public static Command Define(VerbContext context)
    {
        var file = new Argument<string?>("FILE") { Description = "Where to write it (relative to the folder you run the command from); standard output without it.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("schema", "Prints the running schema's SDL (the contract in schema/govgraph.graphql).") { file };
        command.SetAction((parsed, _) => context.WithHostAsync("schema", (app, _) => RunAsync(app.Services, parsed.GetValue(file), context.Console)));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string? file, CliConsole console)
    {
        var sdl = PrintSchema(services);
        if (file is not null)
        {
            var path = CommandLine.ResolvePath(file);
            try
            {
                await File.WriteAllTextAsync(path, sdl);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"Cannot write {path}: {ex.Message}");
                return 1;
            }

            await console.Error.WriteLineAsync($"Wrote the schema to {path}.");
        }
        else
        {
            await console.Out.WriteAsync(sdl);
        }

        return 0;
    }
}
