using GovGraph.Api;
using GovGraph.Api.Schema;
using GovGraph.Api.Store;
using GovGraph.Api.Transport;

var builder = WebApplication.CreateBuilder(args);

builder.AddGovGraphStore();          // Store:Provider (sqlite by default), seeded at start unless Store:Seed=none
builder.AddGovGraphSchema();         // the GraphQL schema, batch loaders and execution limits
builder.AddGraphQLHttpTransport();   // GraphQL over HTTP, GraphiQL
builder.AddGovGraphHealth();

var app = builder.Build();

app.MapGraphQLHttp("/graphql");
app.MapGovGraphHealth();

app.Run();

/// <summary>Entry point type, public so WebApplicationFactory&lt;Program&gt; can host the API in tests.</summary>
public partial class Program;
