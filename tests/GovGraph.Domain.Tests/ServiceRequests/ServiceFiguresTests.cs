using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Domain.Tests.ServiceRequests;

public sealed class ServiceFiguresTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    private static ServiceFigures ComputeAll() =>
        ServiceFigures.Compute(HandComputedCases.Cases, HandComputedCases.From, HandComputedCases.To, HandComputedCases.Now);

    [Fact]
    public void TheHandComputedCasesGiveEveryFigureExactly()
    {
        var figures = ComputeAll();

        Assert.Equal(11, figures.Cases);
        Assert.Equal(new Rate(5, 10), figures.Response);
        Assert.Equal(0.5, figures.Response.Value);
        Assert.Equal(new Rate(4, 7), figures.Resolution);
        Assert.Equal(4.0 / 7, figures.Resolution.Value);
        Assert.Equal(new Rate(3, 4), figures.Satisfaction);
        Assert.Equal(0.75, figures.Satisfaction.Value);
        Assert.Equal(TimeSpan.FromMinutes(25), figures.MedianTimeToAccept);
        Assert.Equal(TimeSpan.FromHours(1), figures.MedianTimeToFirstResponse);
        Assert.Equal(TimeSpan.FromDays(5), figures.MedianTimeToResolve);
        Assert.Equal(2, figures.OverdueForAcceptance);
        Assert.Equal(1, figures.OverdueForResolution);
        Assert.Equal(3, figures.Overdue);
        Assert.Equal(HandComputedCases.Expected, figures);
    }

    [Fact]
    public void EachPartyGroupsCasesGiveItsOwnFiguresAndTheyAddUpToTheWhole()
    {
        var byGroup = HandComputedCases.Cases
            .GroupBy(c => HandComputedCases.GroupOf[c.Id])
            .ToDictionary(
                g => g.Key,
                g => ServiceFigures.Compute(g, HandComputedCases.From, HandComputedCases.To, HandComputedCases.Now));

        Assert.Equal(HandComputedCases.ExpectedByGroup[HandComputedCases.GroupOne], byGroup[HandComputedCases.GroupOne]);
        Assert.Equal(HandComputedCases.ExpectedByGroup[HandComputedCases.GroupTwo], byGroup[HandComputedCases.GroupTwo]);

        var one = byGroup[HandComputedCases.GroupOne];
        var two = byGroup[HandComputedCases.GroupTwo];
        Assert.Equal(HandComputedCases.Expected.Response, one.Response + two.Response);
        Assert.Equal(HandComputedCases.Expected.Resolution, one.Resolution + two.Resolution);
        Assert.Equal(HandComputedCases.Expected.Satisfaction, one.Satisfaction + two.Satisfaction);
    }

    [Fact]
    public void TheFixturesDeadlinesAreTheDefaultLimitsAnswers()
    {
        var limits = new RequestTimeLimits();

        foreach (var c in HandComputedCases.Cases)
        {
            Assert.Equal(limits.AcceptBy(c.CreatedAt), c.AcceptBy);
            Assert.Equal(limits.DueAt(c.Category, c.CreatedAt), c.DueAt);
        }
    }

    [Fact]
    public void TheWindowIncludesItsStartAndExcludesItsEnd()
    {
        var start = new DateTimeOffset(2026, 11, 2, 0, 0, 0, Cst);
        var end = start.AddDays(7);
        CaseSummary Raised(string id, DateTimeOffset at) =>
            new(id, RequestCategory.Help, RequestStatus.Dispatched, at, at.AddMinutes(30), at.AddDays(14));

        var figures = ServiceFigures.Compute(
            [Raised("request:start", start), Raised("request:end", end), Raised("request:before", start.AddTicks(-1))],
            start, end, end.AddDays(1));

        Assert.Equal(1, figures.Cases);
        Assert.Equal(1, figures.OverdueForAcceptance);
    }

    [Fact]
    public void NoCasesGiveNoRatesAndNoMediansRatherThanZeros()
    {
        var now = new DateTimeOffset(2026, 11, 30, 9, 0, 0, Cst);

        var figures = ServiceFigures.Compute([], now.AddDays(-7), now, now);

        Assert.Equal(0, figures.Cases);
        Assert.Equal(new Rate(0, 0), figures.Response);
        Assert.Null(figures.Response.Value);
        Assert.Null(figures.Resolution.Value);
        Assert.Null(figures.Satisfaction.Value);
        Assert.Null(figures.MedianTimeToAccept);
        Assert.Null(figures.MedianTimeToFirstResponse);
        Assert.Null(figures.MedianTimeToResolve);
        Assert.Equal(0, figures.Overdue);
    }

    [Fact]
    public void AFreshCaseWithinItsLimitsIsNotJudgedYet()
    {
        var raised = new DateTimeOffset(2026, 11, 30, 9, 0, 0, Cst);
        var fresh = new CaseSummary("request:fresh", RequestCategory.Enquiry, RequestStatus.Dispatched, raised, raised.AddMinutes(30), raised.AddDays(3));

        var atTheLimit = ServiceFigures.Compute([fresh], raised, raised.AddDays(1), raised.AddMinutes(30));
        var pastTheLimit = ServiceFigures.Compute([fresh], raised, raised.AddDays(1), raised.AddMinutes(31));

        Assert.Equal(new Rate(0, 0), atTheLimit.Response);
        Assert.Equal(0, atTheLimit.OverdueForAcceptance);
        Assert.Equal(new Rate(0, 1), pastTheLimit.Response);
        Assert.Equal(1, pastTheLimit.OverdueForAcceptance);
        Assert.Equal(new Rate(0, 0), pastTheLimit.Resolution);
    }

    [Fact]
    public void ADispatchedCasePastItsDueTimeIsOverdueForAcceptanceOnly()
    {
        var raised = new DateTimeOffset(2026, 11, 2, 9, 0, 0, Cst);
        var waiting = new CaseSummary("request:waiting", RequestCategory.Enquiry, RequestStatus.Dispatched, raised, raised.AddMinutes(30), raised.AddDays(3));

        var figures = ServiceFigures.Compute([waiting], raised, raised.AddDays(1), raised.AddDays(4));

        Assert.Equal(1, figures.OverdueForAcceptance);
        Assert.Equal(0, figures.OverdueForResolution);
        Assert.Equal(1, figures.Overdue);
        Assert.Equal(new Rate(0, 1), figures.Resolution);
    }

    [Fact]
    public void AnEscalatedCaseIsOverdueAgainstItsNewAcceptanceLimitWhileTheResponseRateKeepsTheFirst()
    {
        var raised = new DateTimeOffset(2026, 11, 2, 9, 0, 0, Cst);
        var escalated = new CaseSummary("request:escalated", RequestCategory.Help, RequestStatus.Dispatched, raised, raised.AddMinutes(30), raised.AddDays(14))
        {
            CurrentAcceptBy = raised.AddHours(3),
        };

        var withinTheNewLimit = ServiceFigures.Compute([escalated], raised, raised.AddDays(1), raised.AddHours(2));
        var pastTheNewLimit = ServiceFigures.Compute([escalated], raised, raised.AddDays(1), raised.AddHours(4));

        Assert.Equal(new Rate(0, 1), withinTheNewLimit.Response);
        Assert.Equal(0, withinTheNewLimit.Overdue);
        Assert.Equal(1, pastTheNewLimit.OverdueForAcceptance);
        Assert.Equal(1, pastTheNewLimit.Overdue);
    }

    [Theory]
    [InlineData(RequestStatus.Dispatched)]
    [InlineData(RequestStatus.Accepted)]
    [InlineData(RequestStatus.InProgress)]
    [InlineData(RequestStatus.Resolved)]
    [InlineData(RequestStatus.Rated)]
    [InlineData(RequestStatus.Closed)]
    public void TheOverdueCountIsTheWorkflowsOverdueRuleForACaseReadFromItsNode(RequestStatus status)
    {
        var state = RequestFixture.InStatus(status);
        var escalated = status == RequestStatus.Dispatched
            ? RequestWorkflow.Apply(state, new RequestAction.SendBack("不归我管", RequestFixture.Host, RequestFixture.At(2), RequestFixture.At(300)),
                RequestFixture.At(1), RequestFixture.Editor).State
            : state;
        var summary = RequestProperties.ToSummary("request:1", Stored(escalated));

        foreach (var hours in new[] { 0.4, 0.6, 1.5, 2.5, 239, 241, 299, 301, 400 })
        {
            var now = RequestFixture.At(hours);
            var figures = ServiceFigures.Compute([summary], RequestFixture.Raised, RequestFixture.Raised.AddDays(1), now);

            Assert.Equal(RequestWorkflow.IsOverdue(escalated, now) ? 1 : 0, figures.Overdue);
        }
    }

    [Fact]
    public void AWindowEndingBeforeItStartsIsRefused()
    {
        var now = new DateTimeOffset(2026, 11, 30, 9, 0, 0, Cst);

        Assert.Throws<ArgumentException>(() => ServiceFigures.Compute([], now, now.AddTicks(-1), now));
    }

    private static Dictionary<string, object?> Stored(RequestState state)
    {
        var given = RequestProperties.Of(state).Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value);
        given[Props.Category] = "HELP";
        given[Props.Description] = "路灯不亮";
        given[Props.Channel] = "PHONE";
        return PropertyValidator.ForCreation(NodeProperties.For(Labels.ServiceRequest), given);
    }
}
