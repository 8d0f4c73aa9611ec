using System.Globalization;
using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Domain.Tests.ServiceRequests;
using Snapshooter.Xunit;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// <c>serviceStats</c> over a store holding exactly the hand-computed cases (issue 7: "serviceStats matches a
/// hand-computed set of cases"), at the fixture's instant: the figures, their split by child unit, the window's
/// edges, the caller's scope and the refusals.
/// </summary>
public sealed class ServiceStatsTests(ServiceStatsCountyFactory factory) : IClassFixture<ServiceStatsCountyFactory>
{
    private const string Figures = """
        fragment figures on ServiceStats {
          unit { id } from to now cases
          response { met outOf value } resolution { met outOf value } satisfaction { met outOf value }
          medianTimeToAccept { seconds iso } medianTimeToFirstResponse { seconds iso } medianTimeToResolve { seconds iso }
          overdueForAcceptance overdueForResolution overdue
        }
        """;

    private const string WithChildren = """
        query ($under: ID, $from: DateTime!, $to: DateTime!) {
          serviceStats(under: $under, from: $from, to: $to) { ...figures byChild { ...figures } }
        }
        """ + Figures;

    private HttpClient Viewer => factory.ClientFor("viewer");

    [Fact]
    public async Task TheCitysFiguresAreTheHandComputedOnes()
    {
        var stats = await StatsAsync(Viewer, SmallCounty.City);

        Assert.Equal(SmallCounty.City, stats["unit"]!["id"]!.GetValue<string>());
        Assert.Equal("2026-11-01T16:00:00.0000000Z", stats["from"]!.GetValue<string>());
        Assert.Equal("2026-11-15T16:00:00.0000000Z", stats["to"]!.GetValue<string>());
        Assert.Equal("2026-11-13T02:00:00.0000000Z", stats["now"]!.GetValue<string>());
        Assert.Equal(11, stats["cases"]!.GetValue<int>());
        AssertRate(5, 10, stats["response"]);
        AssertRate(4, 7, stats["resolution"]);
        AssertRate(3, 4, stats["satisfaction"]);
        AssertDuration(25 * 60, "PT25M", stats["medianTimeToAccept"]);
        AssertDuration(60 * 60, "PT1H", stats["medianTimeToFirstResponse"]);
        AssertDuration(5 * 86_400, "P5D", stats["medianTimeToResolve"]);
        Assert.Equal(2, stats["overdueForAcceptance"]!.GetValue<int>());
        Assert.Equal(1, stats["overdueForResolution"]!.GetValue<int>());
        Assert.Equal(3, stats["overdue"]!.GetValue<int>());
        AssertFigures(HandComputedCases.Expected, stats);
    }

    [Fact]
    public async Task ByChildSplitsTheCasesByTownshipWithEachPartyGroupsHandComputedFigures()
    {
        var children = (await StatsAsync(Viewer, SmallCounty.City))["byChild"]!.AsArray();

        Assert.Equal([ServiceStatsCounty.TownshipOne, ServiceStatsCounty.TownshipTwo], children.Select(c => c!["unit"]!["id"]!.GetValue<string>()));
        var one = children[0]!;
        var two = children[1]!;
        Assert.Equal(6, one["cases"]!.GetValue<int>());
        AssertRate(3, 6, one["response"]);
        AssertRate(2, 4, one["resolution"]);
        AssertRate(2, 3, one["satisfaction"]);
        AssertDuration(35 * 60, "PT35M", one["medianTimeToAccept"]);
        AssertDuration(75 * 60, "PT1H15M", one["medianTimeToFirstResponse"]);
        AssertDuration((5 * 24 + 16) * 3600, "P5DT16H", one["medianTimeToResolve"]);
        Assert.Equal((0, 1, 1), Overdue(one));
        Assert.Equal(5, two["cases"]!.GetValue<int>());
        AssertRate(2, 4, two["response"]);
        AssertRate(2, 3, two["resolution"]);
        AssertRate(1, 1, two["satisfaction"]);
        AssertDuration(15 * 60, "PT15M", two["medianTimeToAccept"]);
        AssertDuration(40 * 60, "PT40M", two["medianTimeToFirstResponse"]);
        AssertDuration((2 * 24 + 15) * 3600, "P2DT15H", two["medianTimeToResolve"]);
        Assert.Equal((2, 0, 2), Overdue(two));
        AssertFigures(HandComputedCases.ExpectedByGroup[HandComputedCases.GroupOne], one);
        AssertFigures(HandComputedCases.ExpectedByGroup[HandComputedCases.GroupTwo], two);
    }

    [Fact]
    public async Task AVillagesChildrenWithoutCasesHaveNoRatesAndNoMedians()
    {
        var stats = await StatsAsync(Viewer, SmallCounty.Shanmen);
        var children = stats["byChild"]!.AsArray();

        AssertFigures(HandComputedCases.ExpectedByGroup[HandComputedCases.GroupOne], stats);
        Assert.Equal([SmallCounty.ShanmenGroup1, SmallCounty.ShanmenGroup2], children.Select(c => c!["unit"]!["id"]!.GetValue<string>()));
        AssertFigures(HandComputedCases.ExpectedByGroup[HandComputedCases.GroupOne], children[0]!);
        var empty = children[1]!;
        Assert.Equal(0, empty["cases"]!.GetValue<int>());
        Assert.Equal(0, empty["response"]!["outOf"]!.GetValue<int>());
        Assert.Null(empty["response"]!["value"]);
        Assert.Null(empty["medianTimeToAccept"]);
        Assert.Equal((0, 0, 0), Overdue(empty));
    }

    [Fact]
    public async Task TheWindowIncludesItsStartAndExcludesItsEnd()
    {
        var a = Case("request:a").CreatedAt;
        var h = Case("request:h").CreatedAt;

        var fromAToH = await StatsAsync(Viewer, SmallCounty.City, a, h);
        var aTickLater = await StatsAsync(Viewer, SmallCounty.City, a.AddTicks(1), h.AddTicks(1));
        var empty = await StatsAsync(Viewer, SmallCounty.City, a, a);

        // A raised at the start counts, H raised at the end does not; a tick later it is the other way round.
        Assert.Equal(10, fromAToH["cases"]!.GetValue<int>());
        AssertRate(5, 10, fromAToH["response"]);
        Assert.Equal(10, aTickLater["cases"]!.GetValue<int>());
        Assert.Equal(HandComputedCases.Cases.Count(c => c.CreatedAt > a && c.CreatedAt <= h), aTickLater["cases"]!.GetValue<int>());
        AssertRate(4, 9, aTickLater["response"]);
        Assert.Equal(0, empty["cases"]!.GetValue<int>());
    }

    [Fact]
    public async Task WithoutUnderACallerScopedToATownshipGetsItsTownshipAndSeesNothingElse()
    {
        var scoped = factory.ClientFor("viewer", ServiceStatsCounty.TownshipTwo);

        var own = await StatsAsync(scoped, under: null);
        var data = (await scoped.PostAsync(
            "query ($from: DateTime!, $to: DateTime!) { city: serviceStats(under: \"city:ningguo\", from: $from, to: $to) { cases } other: serviceStats(under: \"township:gangkou\", from: $from, to: $to) { cases } }",
            Window(HandComputedCases.From, HandComputedCases.To))).AssertNoErrors().Data;

        Assert.Equal(ServiceStatsCounty.TownshipTwo, own["unit"]!["id"]!.GetValue<string>());
        AssertFigures(HandComputedCases.ExpectedByGroup[HandComputedCases.GroupTwo], own);
        var child = Assert.Single(own["byChild"]!.AsArray())!;
        Assert.Equal(SmallCounty.Xicun, child["unit"]!["id"]!.GetValue<string>());
        AssertFigures(HandComputedCases.ExpectedByGroup[HandComputedCases.GroupTwo], child);
        Assert.Null(data["city"]);
        Assert.Null(data["other"]);
    }

    [Fact]
    public async Task WithoutUnderAnUnscopedCallerGetsTheCity()
    {
        var stats = await StatsAsync(Viewer, under: null);

        Assert.Equal(SmallCounty.City, stats["unit"]!["id"]!.GetValue<string>());
        Assert.Equal(11, stats["cases"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnUnknownUnitGivesNullAndANodeThatIsNoUnitIsRefused()
    {
        var unknown = await Viewer.PostAsync(WithChildren, Window(HandComputedCases.From, HandComputedCases.To, "village:nowhere"));
        var household = await Viewer.PostAsync(WithChildren, Window(HandComputedCases.From, HandComputedCases.To, SmallCounty.Household(1)));

        Assert.Null(unknown.AssertNoErrors().Data["serviceStats"]);
        Assert.Equal(["INVALID_ARGUMENT"], household.ErrorCodes);
        Assert.Equal("under", household.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task AWindowEndingBeforeItStartsOrLongerThanAYearIsRefusedWithInvalidWindow()
    {
        var backwards = await Viewer.PostAsync(WithChildren, Window(HandComputedCases.To, HandComputedCases.From));
        var tooLong = await Viewer.PostAsync(WithChildren, Window(HandComputedCases.From, HandComputedCases.From.AddDays(366).AddTicks(1)));
        var aYear = await Viewer.PostAsync(WithChildren, Window(HandComputedCases.From, HandComputedCases.From.AddDays(366)));

        Assert.Equal(["INVALID_WINDOW"], backwards.ErrorCodes);
        Assert.Equal("to", backwards.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Null(backwards.Data["serviceStats"]);
        Assert.Equal(["INVALID_WINDOW"], tooLong.ErrorCodes);
        Assert.Equal(11, aYear.AssertNoErrors().Data["serviceStats"]!["cases"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheFiguresOfTheCityAndItsTownshipsKeepTheirShape()
    {
        var response = await Viewer.PostAsync(WithChildren, Window(HandComputedCases.From, HandComputedCases.To, SmallCounty.City));

        Snapshot.Match(response.AssertNoErrors().DataJson);
    }

    private static CaseSummary Case(string id) => HandComputedCases.Cases.Single(c => c.Id == id);

    private static async Task<JsonNode> StatsAsync(HttpClient client, string? under, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var response = await client.PostAsync(WithChildren, Window(from ?? HandComputedCases.From, to ?? HandComputedCases.To, under));
        return response.AssertNoErrors().Data["serviceStats"]!;
    }

    // Sent in China Standard Time, as a Ningguo client would.
    private static object Window(DateTimeOffset from, DateTimeOffset to, string? under = null) =>
        new { under, from = Cst(from), to = Cst(to) };

    private static string Cst(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

    private static (int, int, int) Overdue(JsonNode stats) =>
        (stats["overdueForAcceptance"]!.GetValue<int>(), stats["overdueForResolution"]!.GetValue<int>(), stats["overdue"]!.GetValue<int>());

    private static void AssertRate(int met, int outOf, JsonNode? rate)
    {
        Assert.Equal(met, rate!["met"]!.GetValue<int>());
        Assert.Equal(outOf, rate["outOf"]!.GetValue<int>());
        Assert.Equal((double)met / outOf, rate["value"]!.GetValue<double>(), 12);
    }

    private static void AssertDuration(double seconds, string iso, JsonNode? duration)
    {
        Assert.Equal(seconds, duration!["seconds"]!.GetValue<double>());
        Assert.Equal(iso, duration["iso"]!.GetValue<string>());
    }

    private static void AssertFigures(ServiceFigures expected, JsonNode actual)
    {
        Assert.Equal(expected.Cases, actual["cases"]!.GetValue<int>());
        Assert.Equal(expected.Response, Rate(actual["response"]!));
        Assert.Equal(expected.Resolution, Rate(actual["resolution"]!));
        Assert.Equal(expected.Satisfaction, Rate(actual["satisfaction"]!));
        Assert.Equal(expected.MedianTimeToAccept?.TotalSeconds, actual["medianTimeToAccept"]?["seconds"]?.GetValue<double>());
        Assert.Equal(expected.MedianTimeToFirstResponse?.TotalSeconds, actual["medianTimeToFirstResponse"]?["seconds"]?.GetValue<double>());
        Assert.Equal(expected.MedianTimeToResolve?.TotalSeconds, actual["medianTimeToResolve"]?["seconds"]?.GetValue<double>());
        Assert.Equal((expected.OverdueForAcceptance, expected.OverdueForResolution, expected.Overdue), Overdue(actual));
    }

    private static Rate Rate(JsonNode rate) => new(rate["met"]!.GetValue<int>(), rate["outOf"]!.GetValue<int>());
}
