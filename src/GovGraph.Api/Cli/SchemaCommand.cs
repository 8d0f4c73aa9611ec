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

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var sdl = PrintSchema(services);
        if (args.Length > 1)
        {
            var path = CommandLine.ResolvePath(args[1]);
            try
            {
                await File.WriteAllTextAsync(path, sdl);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Cannot write {path}: {ex.Message}");
                return 1;
            }

            Console.Error.WriteLine($"Wrote the schema to {path}.");
        }
        else
        {
            Console.Out.Write(sdl);
        }

        return 0;
    }
}
