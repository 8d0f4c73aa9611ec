using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovGraph.Api.Security.ApiKeys;

public static class ApiKeyExtensions
{
    /// <summary>
    /// Registers <see cref="ApiKeyService"/> (one per process, so its verification cache is shared) and its options.
    /// The authentication scheme that uses it is registered with the rest of authentication.
    /// </summary>
    public static IHostApplicationBuilder AddApiKeys(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiKeyOptions>()
            .BindConfiguration(ApiKeyOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ApiKeyService>();
        return builder;
    }
}
