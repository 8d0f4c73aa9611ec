namespace GovGraph.Api.Cli;

/// <summary>
/// How Program.cs builds the API from the command line's settings and serves it: the verbs that need the
/// configured services build the same host (and never start it); only serving starts it.
/// </summary>
public sealed record ApiHost(Func<string[], WebApplication> Build, Func<WebApplication, Task> Serve);
