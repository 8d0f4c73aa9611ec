using GraphQL;
using GraphQL.Execution;

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
        if (executionError is GovGraphError { Field: { } field })
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["field"] = field;
            info.Extensions = extensions;
        }

        return info;
    }
}
