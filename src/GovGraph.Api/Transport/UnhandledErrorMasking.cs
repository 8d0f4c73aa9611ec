using GovGraph.Api.Errors;
using GraphQL;
using GraphQL.Execution;

namespace GovGraph.Api.Transport;

/// <summary>
/// Replaces every unhandled-exception error with a generic one that keeps only its path and location, so no
/// exception message, type name or stack trace reaches a caller whatever the error info provider exposes.
/// Errors a resolver raised on purpose (<see cref="ExecutionError"/> subclasses with a code) pass unchanged.
/// </summary>
internal static class UnhandledErrorMasking
{
    public const string Message = "An internal error occurred. It has been logged.";

    /// <summary>Masks in place; true when any error was an unhandled exception.</summary>
    public static bool Mask(ExecutionResult result)
    {
        if (result.Errors is not { Count: > 0 } errors || !errors.Any(e => e is UnhandledError))
        {
            return false;
        }

        var masked = new ExecutionErrors();
        foreach (var error in errors)
        {
            masked.Add(error is UnhandledError ? Generic(error) : error);
        }

        result.Errors = masked;
        return true;
    }

    private static ExecutionError Generic(ExecutionError original)
    {
        var error = new ExecutionError(Message) { Code = ErrorCodes.InternalError, Path = original.Path };
        foreach (var location in original.Locations ?? [])
        {
            error.AddLocation(location);
        }

        return error;
    }
}
