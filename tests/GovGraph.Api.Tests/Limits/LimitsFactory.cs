using GovGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Limits;

/// <summary>
/// The API with some settings of its own (limits set low, persisted documents, rate limiting on), secured like
/// <see cref="SecuredFactory"/>, with callers named by test headers (<see cref="TestCallers"/>).
/// </summary>
public class LimitsFactory(string seed, IReadOnlyDictionary<string, string> settings) : GovGraphFactory(seed)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Auth:Issuer", Tokens.Issuer);
        builder.UseSetting("Auth:Audience", Tokens.Audience);
        builder.UseSetting("Auth:SigningKey", Tokens.SigningKey);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, TestCallers>());
    }
}
