using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>Puts a test's clock in place of the one the API registers.</summary>
public static class ClockServices
{
    public static void UseClock(this IServiceCollection services, TimeProvider clock)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton(clock);
    }
}
