namespace GovGraph.Api.Diagnostics;

/// <summary>
/// Per-request figures (scoped service): how many storage calls the request made. The transport reports
/// them in the request log line and, with <c>X-GovGraph-Trace: 1</c>, in <c>extensions.storeCalls</c>.
/// </summary>
public sealed class RequestMetrics
{
    private int _storeCalls;

    public int StoreCalls => Volatile.Read(ref _storeCalls);

    public void CountStoreCall() => Interlocked.Increment(ref _storeCalls);
}
