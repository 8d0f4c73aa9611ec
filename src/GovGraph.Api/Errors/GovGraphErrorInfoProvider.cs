using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Errors.Custom;

namespace GovGraph.Api.Errors;

/// <summary>
/// The shape of every error in a response: message, locations, path and one stable <c>extensions.code</c>,
/// plus <c>extensions.field</c> naming the argument at fault. Never exception details or stack traces.
/// </summary>
public sealed class GovGraphErrorInfoProvider() : ErrorInfoProvider(o =>
{
    o.ExposeExceptionDetails = false;
    o.ExposeCodes = false;
    o.ExposeData = false;
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        switch (executionError)
        {
            case GovGraphError { Field: { } field }:
                Extend(info, "field", field);
                break;

            // GraphQL.NET reports both limits as COMPLEXITY; clients need to know which one to back off from
            // (nesting or page sizes), and its depth message is the only thing that tells them apart.
            case ComplexityError complexity:
                Extend(info, "code", complexity.Message.StartsWith("Query is too nested", StringComparison.Ordinal)
                    ? ErrorCodes.MaxDepthExceeded
                    : ErrorCodes.MaxComplexityExceeded);
                break;
        }

        return info;
    }

    private static void Extend(ErrorInfo info, string key, object value)
    {
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions[key] = value;
        info.Extensions = extensions;
    }
}
