namespace GovGraph.Api;

public static class HealthExtensions
{
    public static IHostApplicationBuilder AddGovGraphHealth(this IHostApplicationBuilder builder) => builder;

    public static WebApplication MapGovGraphHealth(this WebApplication app)
    {
        app.MapGet("/health/live", () => Results.Text("Healthy"));
        return app;
    }
}
