namespace GovGraph.Api.Cli;

/// <summary>Where a verb writes: results to <see cref="Out"/>, errors and progress to <see cref="Error"/>.</summary>
/// <param name="ShowProgress">Draw live progress on <see cref="Error"/>: only when it is a terminal.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool ShowProgress)
{
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
