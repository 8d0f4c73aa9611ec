using GovGraph.Api.ServiceRequests.Escalation;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Editing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.ServiceRequests;

public static class ServiceRequestExtensions
{
    /// <summary>
    /// The cloud platform: its time limits (section <c>ServiceRequests</c>, checked at start), the case editor the
    /// request mutations run, and the clock every case time is read from (<see cref="TimeProvider"/>, replaced by
    /// tests to drive deadlines).
    /// </summary>
    public static IHostApplicationBuilder AddGovGraphServiceRequests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestTimeLimits>()
            .BindConfiguration(RequestTimeLimits.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RequestTimeLimits>, RequestTimeLimitsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new ServiceRequestEditor(sp.GetRequiredService<IOptions<RequestTimeLimits>>().Value));
        builder.Services.AddOptions<EscalationOptions>()
            .BindConfiguration(EscalationOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<RequestEscalator>();
        builder.Services.AddHostedService<EscalationService>();
        return builder;
    }

    /// <summary>Fails the start naming every bad setting.</summary>
    private sealed class RequestTimeLimitsValidator : IValidateOptions<RequestTimeLimits>
    {
        public ValidateOptionsResult Validate(string? name, RequestTimeLimits options) =>
            options.Validate() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
