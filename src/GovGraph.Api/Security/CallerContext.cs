namespace GovGraph.Api.Security;

/// <summary>
/// The caller of the current DI scope (an HTTP request, a WebSocket operation, one subscription event). Set once
/// by whoever opens the scope; reading it before that fails closed rather than defaulting to anyone.
/// </summary>
public sealed class CallerContext
{
    private Caller? _caller;

    public Caller Current => _caller ?? throw new InvalidOperationException("The caller of this scope was not established.");

    public bool IsSet => _caller is not null;

    public void Set(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (_caller is not null && _caller != caller)
        {
            throw new InvalidOperationException("The caller of a scope cannot change.");
        }

        _caller = caller;
    }
}
