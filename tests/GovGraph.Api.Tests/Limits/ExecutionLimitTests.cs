using System.Text;
using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Limits;

/// <summary>Query length, aliases and nesting are refused before execution with their codes, at the default limits.</summary>
[Collection(SeededCollection.Name)]
public sealed class ExecutionLimitTests(SeededFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AQueryLongerThanMaxQueryLengthIsRefusedWithQueryTooLong()
    {
        // A comment pads the text without adding anything to parse: only the length is at fault.
        var query = "{ __typename }\n#" + new string('x', 20_000);

        var response = await _client.PostAsync(query);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["QUERY_TOO_LONG"], response.ErrorCodes);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task AQueryJustUnderMaxQueryLengthRuns()
    {
        var query = "{ __typename }\n#" + new string('x', 19_900);

        var response = await _client.PostAsync(query);

        response.AssertNoErrors();
    }

    [Fact]
    public async Task FiftyAliasesRunAndFiftyOneAreRefusedWithTooManyAliases()
    {
        static string Aliased(int count) =>
            "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: __typename")) + " }";

        (await _client.PostAsync(Aliased(50))).AssertNoErrors();
        var refused = await _client.PostAsync(Aliased(51));

        Assert.Equal(400, refused.StatusCode);
        Assert.Equal(["TOO_MANY_ALIASES"], refused.ErrorCodes);
    }

    [Fact]
    public async Task AnAliasFragmentBombIsCountedAsItExpandsAndRefused()
    {
        // Ten aliases, spread 10 × 10 × 10 times: 10,000 aliased fields from a few lines of text.
        const string query = """
            query { ...F3 }
            fragment F0 on Query { a0: __typename a1: __typename a2: __typename a3: __typename a4: __typename
                                   a5: __typename a6: __typename a7: __typename a8: __typename a9: __typename }
            fragment F1 on Query { ...F0 ...F0 ...F0 ...F0 ...F0 ...F0 ...F0 ...F0 ...F0 ...F0 }
            fragment F2 on Query { ...F1 ...F1 ...F1 ...F1 ...F1 ...F1 ...F1 ...F1 ...F1 ...F1 }
            fragment F3 on Query { ...F2 ...F2 ...F2 ...F2 ...F2 ...F2 ...F2 ...F2 ...F2 ...F2 }
            """;

        var response = await _client.PostAsync(query);

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("TOO_MANY_ALIASES", response.ErrorCodes);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task CircularFragmentsAreAValidationErrorNotAHang()
    {
        const string query = """
            query { ...A }
            fragment A on Query { x: __typename ...B }
            fragment B on Query { y: __typename ...A }
            """;

        var response = await _client.PostAsync(query);

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("NO_FRAGMENT_CYCLES", response.ErrorCodes);
    }

    [Fact]
    public async Task ThreeHundredLevelsOfNestingAreRefusedWithMaxDepthExceeded()
    {
        var query = new StringBuilder("{ ");
        for (var i = 0; i < 300; i++)
        {
            query.Append("city { ");
        }

        query.Append("id").Append('}', 301);

        var response = await _client.PostAsync(query.ToString());

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], response.ErrorCodes);
        (await _client.PostAsync("{ __typename }")).AssertNoErrors();
    }

    [Fact]
    public async Task NestingThroughFragmentsCountsTowardsMaxDepth()
    {
        // Each fragment adds one level; twenty of them nest deeper than the default 15 while every fragment is shallow.
        var fragments = new StringBuilder();
        for (var i = 0; i < 20; i++)
        {
            fragments.Append($"fragment F{i} on OrgUnit {{ parent {{ id ...F{i + 1} }} }}\n");
        }

        fragments.Append("fragment F20 on OrgUnit { id }\n");
        var query = "{ node(id: \"household:000001\") { ...on OrgUnit { ...F0 } } }\n" + fragments;

        var response = await _client.PostAsync(query);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], response.ErrorCodes);
    }
}
