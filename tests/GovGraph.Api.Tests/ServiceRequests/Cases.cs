using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>The case mutations and reads the tests send, with the fields they look at.</summary>
public static class Cases
{
    public const string Fields =
        "id version status category description channel createdAt acceptBy dueAt acceptedAt startedAt resolvedAt resolutionNote rating closedAt extensions "
        + "household { id } assignee { id } events { nodes { type actor note at fromAssignee { id } toAssignee { id } } }";

    /// <summary>Raises a case for a household and returns its payload (accepted or refused).</summary>
    public static Task<JsonNode> RaiseAsync(
        this HttpClient client, string household = "hh:1", string category = "HELP", string description = "路灯坏了", string extra = "") =>
        client.MutateAsync(
            $$"""mutation ($h: ID!, $d: String!) { raiseRequest(input: { household: $h, category: {{category}}, description: $d {{extra}} }) { serviceRequest { {{Fields}} } errors { code message field } clientMutationId } }""",
            new { h = household, d = description });

    /// <summary>Raises a case that must be accepted and returns its id.</summary>
    public static async Task<string> RaisedAsync(this HttpClient client, string household = "hh:1", string category = "HELP") =>
        (await client.RaiseAsync(household, category)).AssertAccepted()["serviceRequest"]!["id"]!.GetValue<string>();

    /// <summary>Runs one case mutation on <paramref name="request"/> with the extra input fields given as GraphQL text.</summary>
    public static Task<JsonNode> ActAsync(this HttpClient client, string mutation, string request, string extra = "") =>
        client.MutateAsync(
            $$"""mutation ($r: ID!) { {{mutation}}(input: { request: $r {{extra}} }) { serviceRequest { {{Fields}} } errors { code message field } clientMutationId } }""",
            new { r = request });

    /// <summary>Runs a case mutation that must be accepted and returns the case as it stands after it.</summary>
    public static async Task<JsonNode> ActedAsync(this HttpClient client, string mutation, string request, string extra = "") =>
        (await client.ActAsync(mutation, request, extra)).AssertAccepted()["serviceRequest"]!;

    /// <summary>The case as the caller reads it.</summary>
    public static async Task<JsonNode> ReadAsync(this HttpClient client, string request)
    {
        var response = await client.PostAsync($$"""query ($r: ID!) { node(id: $r) { ... on ServiceRequest { {{Fields}} } } }""", new { r = request });
        return response.AssertNoErrors().Data["node"]!;
    }

    /// <summary>The types of the case's events, oldest first.</summary>
    public static IReadOnlyList<string> EventTypes(this JsonNode request) =>
        request["events"]!["nodes"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()).ToList();

    public static string Text(this JsonNode node, string field) => node[field]!.GetValue<string>();

    public static DateTimeOffset Instant(this JsonNode node, string field) =>
        DateTimeOffset.Parse(node.Text(field), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A time as GraphQL input text.</summary>
    public static string Literal(DateTimeOffset at) => "\"" + at.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture) + "\"";
}
