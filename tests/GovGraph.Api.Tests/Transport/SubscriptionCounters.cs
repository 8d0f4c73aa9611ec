using System.Diagnostics.Metrics;
using GovGraph.Api.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Transport;

/// <summary>The subscription-sharing counters of one host: events executed, and events answered with another's execution.</summary>
public sealed class SubscriptionCounters : IDisposable
{
    private readonly MeterListener _listener;
    private long _executed;
    private long _shared;

    public SubscriptionCounters(IServiceProvider services)
    {
        // Only this host's meter: other tests' hosts run subscriptions in parallel.
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ScopedSubscriptionExecutionStrategy.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name.EndsWith(".executed", StringComparison.Ordinal))
            {
                Interlocked.Add(ref _executed, value);
            }
            else
            {
                Interlocked.Add(ref _shared, value);
            }
        });
        _listener.Start();
    }

    public long Executed => Interlocked.Read(ref _executed);

    public long Shared => Interlocked.Read(ref _shared);

    public void Dispose() => _listener.Dispose();
}
