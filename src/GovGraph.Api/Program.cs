using GovGraph.Api;
using GovGraph.Api.Analytics.Caching;
using GovGraph.Api.Analytics.Export;
using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Changes.Mutations;
using GovGraph.Api.Cli;
using GovGraph.Api.Limits;
using GovGraph.Api.Redis;
using GovGraph.Api.Schema;
using GovGraph.Api.Security;
using GovGraph.Api.Security.ApiKeys;
using GovGraph.Api.ServiceRequests;
using GovGraph.Api.Store;
using GovGraph.Api.Transport;

var builder = WebApplication.CreateBuilder(args);

builder.AddGovGraphStore();          // Store:Provider (sqlite by default), seeded at start unless Store:Seed=none
builder.AddApiKeys();                // API keys for third-party apps (X-Api-Key), kept as salted hashes in the store
builder.AddGovGraphSchema();         // the GraphQL schema, batch loaders and execution limits
builder.AddGovGraphChanges();        // change hub, publisher, fan-out and change-log retention
builder.AddGovGraphMutations();      // the graph editor behind every mutation
builder.AddGovGraphServiceRequests(); // the cloud platform's cases: time limits, case editor, clock, escalation service
builder.AddGraphQLHttpTransport();   // GraphQL over HTTP, GraphiQL
builder.AddAnalyticsCache();         // stats, coverage, gaps and unassigned totals, invalidated by change events
builder.AddGovGraphRedis();          // only with ConnectionStrings:Redis: fan-out, the cache's second tier, health
builder.AddGovGraphHealth();
builder.AddGovGraphAuth();           // JWT bearer and API keys with any Auth:* set; else open (admin, loud warning)

var app = builder.Build();

// Command-line verbs (schema, ...) run against the same configuration and exit without serving.
if (await CommandLine.TryRunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

app.MapGraphQLHttp("/graphql");
app.UseGovGraphAuth();               // after MapGraphQLHttp's static files and WebSockets: 401/403 or the caller
app.UseGovGraphRateLimiting();       // per caller on /graphql and /export/*: after authentication (keyed by it), before the endpoints
app.MapExports();                    // /export/*.csv and *.xlsx for analysts' spreadsheets
app.MapGovGraphHealth();

await app.RunAsync();
return 0;

/// <summary>Entry point type, public so WebApplicationFactory&lt;Program&gt; can host the API in tests.</summary>
public partial class Program;
