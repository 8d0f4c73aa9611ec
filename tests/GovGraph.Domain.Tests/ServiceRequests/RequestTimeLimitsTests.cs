using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Domain.Tests.ServiceRequests;

public sealed class RequestTimeLimitsTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    // 2026-11-23 is a Monday; the week runs to Sunday 2026-11-29.
    private static DateTimeOffset China(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, Cst);

    [Fact]
    public void DefaultsAreTheAnhuiPractice()
    {
        var limits = new RequestTimeLimits();

        Assert.Equal(TimeSpan.FromMinutes(30), limits.AcceptWithin);
        Assert.Equal(3, limits.WorkingDaysFor(RequestCategory.Enquiry));
        foreach (var category in Enum.GetValues<RequestCategory>().Where(c => c != RequestCategory.Enquiry))
        {
            Assert.Equal(10, limits.WorkingDaysFor(category));
        }

        Assert.Equal(7, limits.CloseWithoutRatingAfterDays);
        Assert.Equal(1, limits.MaxExtensions);
        Assert.Empty(limits.Validate());
    }

    [Fact]
    public void AcceptanceRunsOnThePlainClockEvenAtTheWeekend()
    {
        var limits = new RequestTimeLimits();

        Assert.Equal(China(28, 23, 50), limits.AcceptBy(China(28, 23, 20)));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 0, 10, 0, Cst), limits.AcceptBy(China(28, 23, 40)));
    }

    [Fact]
    public void AnEnquiryRaisedOnMondayIsDueOnThursdayAtTheSameTime()
    {
        Assert.Equal(China(26, 9, 15), new RequestTimeLimits().DueAt(RequestCategory.Enquiry, China(23, 9, 15)));
    }

    [Fact]
    public void WorkingDaysSkipTheWeekendAndKeepTheTimeOfDay()
    {
        var limits = new RequestTimeLimits();

        // Wednesday + 3 working days: Thursday, Friday, Monday.
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 14, 0, 0, Cst), limits.DueAt(RequestCategory.Enquiry, China(25, 14)));
        // Monday + 10 working days: two whole weeks later.
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 8, 0, 0, Cst), limits.DueAt(RequestCategory.Help, China(23, 8)));
    }

    [Fact]
    public void ACaseRaisedOnFridayEveningIsDueOnTheWeekdaysAfterTheWeekend()
    {
        var limits = new RequestTimeLimits();

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 18, 30, 0, Cst), limits.DueAt(RequestCategory.Enquiry, China(27, 18, 30)));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 18, 30, 0, Cst), WorkingDays.Add(China(27, 18, 30), 1));
    }

    [Fact]
    public void ACaseRaisedAtTheWeekendCountsFromMondayMorning()
    {
        var limits = new RequestTimeLimits();

        // Saturday 10:00 and Sunday 23:00 both start at Monday 00:00: three whole days end at Thursday 00:00.
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 0, 0, 0, Cst), limits.DueAt(RequestCategory.Enquiry, China(28, 10)));
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 0, 0, 0, Cst), limits.DueAt(RequestCategory.Enquiry, China(29, 23)));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 0, 0, 0, Cst), WorkingDays.Add(China(28, 10), 0));
    }

    [Fact]
    public void WorkingDaysAreCountedInChinaStandardTimeWhateverTheCallersOffset()
    {
        // Friday 20:00 UTC is already Saturday 04:00 in Ningguo, so the count starts on Monday.
        var fridayEveningUtc = new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero);

        var due = new RequestTimeLimits().DueAt(RequestCategory.Enquiry, fridayEveningUtc);

        Assert.Equal(new DateTimeOffset(2026, 12, 3, 0, 0, 0, Cst), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
        Assert.False(WorkingDays.IsWorkingDay(fridayEveningUtc));
    }

    [Fact]
    public void ConfiguredCategoriesOverrideTheirDefaultAndMissingOnesGetTen()
    {
        var limits = new RequestTimeLimits { DueInWorkingDays = new() { [RequestCategory.Dispute] = 5 } };

        Assert.Equal(5, limits.WorkingDaysFor(RequestCategory.Dispute));
        Assert.Equal(10, limits.WorkingDaysFor(RequestCategory.Enquiry));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, Cst), limits.DueAt(RequestCategory.Dispute, China(23, 9)));
    }

    [Fact]
    public void AnExtensionAddsTheCategorysWorkingDaysToTheCurrentDueTime()
    {
        var limits = new RequestTimeLimits();

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, Cst), limits.ExtendedDueAt(RequestCategory.Enquiry, China(26, 9)));
        Assert.True(limits.MayExtend(0));
        Assert.False(limits.MayExtend(1));
        Assert.False(new RequestTimeLimits { MaxExtensions = 0 }.MayExtend(0));
    }

    [Fact]
    public void AnUnratedCaseMayBeClosedSevenCalendarDaysAfterItsResolution()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 11, 0, 0, Cst), new RequestTimeLimits().CloseWithoutRatingFrom(China(23, 11)));
    }

    [Fact]
    public void EveryBadSettingIsReportedByItsName()
    {
        var limits = new RequestTimeLimits
        {
            AcceptWithin = TimeSpan.Zero,
            DueInWorkingDays = new() { [RequestCategory.Help] = 0, [RequestCategory.Enquiry] = -2 },
            CloseWithoutRatingAfterDays = 0,
            MaxExtensions = -1,
        };

        Assert.Equal(
            [
                "ServiceRequests:AcceptWithin must be a positive duration (was 00:00:00).",
                "ServiceRequests:DueInWorkingDays:Enquiry must be a positive number of working days (was -2).",
                "ServiceRequests:DueInWorkingDays:Help must be a positive number of working days (was 0).",
                "ServiceRequests:CloseWithoutRatingAfterDays must be a positive number of days (was 0).",
                "ServiceRequests:MaxExtensions must be zero or more (was -1).",
            ],
            limits.Validate());
    }

    [Fact]
    public void DataAnnotationsValidationSeesTheSameProblems()
    {
        var limits = new RequestTimeLimits { AcceptWithin = TimeSpan.FromMinutes(-5) };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(
            limits, new System.ComponentModel.DataAnnotations.ValidationContext(limits), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Equal("ServiceRequests:AcceptWithin must be a positive duration (was -00:05:00).", Assert.Single(results).ErrorMessage);
    }

    [Fact]
    public void OverdueMeansStrictlyAfterTheDeadlineItIsHeldTo()
    {
        var deadline = China(23, 10, 30);

        Assert.False(Deadlines.IsAcceptanceOverdue(RequestStatus.Dispatched, deadline, deadline));
        Assert.True(Deadlines.IsAcceptanceOverdue(RequestStatus.Dispatched, deadline, deadline.AddSeconds(1)));
        Assert.False(Deadlines.IsAcceptanceOverdue(RequestStatus.Accepted, deadline, deadline.AddDays(1)));

        Assert.True(Deadlines.IsResolutionOverdue(RequestStatus.InProgress, deadline, deadline.AddTicks(1)));
        // A dispatched case is held to its acceptance limit only (the workflow's rule): nobody has it to resolve.
        Assert.False(Deadlines.IsResolutionOverdue(RequestStatus.Dispatched, deadline, deadline.AddTicks(1)));
        Assert.False(Deadlines.IsResolutionOverdue(RequestStatus.Resolved, deadline, deadline.AddDays(1)));
        Assert.False(Deadlines.IsResolutionOverdue(RequestStatus.Closed, deadline, deadline.AddDays(1)));
    }
}
