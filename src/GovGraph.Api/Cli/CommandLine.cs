using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;

namespace GovGraph.Api.Cli;

/// <summary>
/// The command line (<c>dotnet run --project src/GovGraph.Api -- [VERB] ...</c>): no verb or <c>serve</c> serves the
/// API; the verbs run against the same configuration and exit. Settings (<c>--Store:Path=...</c>, <c>--urls</c>) may
/// be given with any of them and reach the host's configuration (<see cref="HostArguments"/>).
/// </summary>
public static class CommandLine
{
    /// <summary>How users start the program, for usage lines.</summary>
    public const string Invocation = "dotnet run --project src/GovGraph.Api --";

    /// <summary>The exit code of a command line that makes no sense (an unknown verb or option, a missing value).</summary>
    public const int UsageError = 2;

    /// <summary>The exit code of a verb stopped by Ctrl+C.</summary>
    public const int Cancelled = 130;

    private static readonly ParserConfiguration Parsing = new()
    {
        // Paths are the user's: "@file" is a file name, not a response file to expand.
        ResponseFileTokenReplacer = null,
    };

    /// <summary>Runs the command line; returns the process's exit code.</summary>
    public static async Task<int> RunAsync(string[] args, ApiHost api, CliConsole? console = null)
    {
        console ??= CliConsole.System;
        var split = HostArguments.Split(args, out var error);
        if (split is null)
        {
            await console.Error.WriteLineAsync($"{error} See {Invocation} --help.");
            return UsageError;
        }

        var root = Define(new VerbContext(api, split.Settings, console));
        return await InvokeAsync(root, split.Verb, console);
    }

    /// <summary>
    /// Resolves a path given on the command line against the caller's shell folder: <c>dotnet run</c> starts the
    /// program in the project folder, but users type paths relative to where they are.
    /// </summary>
    public static string ResolvePath(string path) =>
        Path.IsPathRooted(path)
            ? path
            : Path.GetFullPath(path, Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd ? pwd : Environment.CurrentDirectory);

    /// <summary>A duration for summaries: "3.4 s".</summary>
    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static async Task<int> InvokeAsync(RootCommand root, IReadOnlyList<string> args, CliConsole console)
    {
        var parsed = root.Parse(args, Parsing);
        if (parsed.Errors.Count > 0)
        {
            await UsageErrors.WriteAsync(parsed, console.Error);
            return UsageError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            // Serving and the store verbs handle Ctrl+C themselves (the host's graceful stop, exit code 130).
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = false,
        });
    }

    private static RootCommand Define(VerbContext context)
    {
        var serve = new Command("serve", "Serves the API (the same as no verb): seeds an empty store, then listens on Urls.");
        serve.SetAction((_, _) => context.ServeAsync());
        var root = new RootCommand(
            $"GovGraph: a GraphQL API over the Ningguo organisation graph. Run as {Invocation} [VERB] [options]; with no verb it serves the API.\n"
            + "Any setting can follow, as --Section:Key=VALUE or --Section:Key VALUE (see the README's Configuration).")
        {
            serve,
            SeedCommand.Define(context),
            ImportCommand.Define(context),
            ExportCommand.Define(context),
            SchemaCommand.Define(context),
            ApiKeyCommand.Define(context),
            TokenCommand.Define(context),
            PersistedCommand.Define(context),
        };
        root.SetAction((_, _) => context.ServeAsync());

        // Only for help and "did you mean": HostArguments takes these out before parsing and gives them to the host.
        root.Add(new Option<string>("--urls") { Description = "Where the API listens (the Urls setting), e.g. http://127.0.0.1:5081.", HelpName = "URL", Recursive = true });
        root.Add(new Option<string>("--environment") { Description = "The host environment: Development, Production, ... (reads appsettings.NAME.json).", HelpName = "NAME", Recursive = true });

        var verb = new Argument<string[]>("VERB") { Description = "The verb (and sub-verb) to explain.", Arity = ArgumentArity.ZeroOrMore };
        var help = new Command("help", "Shows this help, or a verb's (help import is import --help).") { verb };
        help.SetAction((parsed, _) => InvokeAsync(root, [.. parsed.GetValue(verb) ?? [], "--help"], context.Console));
        root.Add(help);

        foreach (var action in root.Options.OfType<HelpOption>().Select(o => o.Action).OfType<HelpAction>())
        {
            action.MaxWidth = 120;
        }

        return root;
    }
}
