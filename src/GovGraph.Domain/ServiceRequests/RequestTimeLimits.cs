using System.ComponentModel.DataAnnotations;

namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// The cloud platform's time limits, bound from the configuration section <see cref="SectionName"/>. The
/// defaults are the Anhui practice in DOMAIN.md ("How the cloud platform's cases flow"): sign for a case within
/// 30 minutes; answer an enquiry within 3 working days and any other case within 10.
/// </summary>
/// <remarks>
/// Acceptance runs on the plain clock, day and night, weekends included, since residents call at any time; due
/// times count working days (<see cref="WorkingDays"/>). Bad values fail <see cref="Validate()"/>, which the
/// options validation calls at start through <see cref="IValidatableObject"/>.
/// </remarks>
public sealed class RequestTimeLimits : IValidatableObject
{
    /// <summary>The configuration section the limits bind from.</summary>
    public const string SectionName = "ServiceRequests";

    /// <summary>The working days a case gets when its category is missing from <see cref="DueInWorkingDays"/>.</summary>
    public const int DefaultDueInWorkingDays = 10;

    /// <summary>How long a handler has to sign for (签收) a dispatched case. Default 30 minutes.</summary>
    public TimeSpan AcceptWithin { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Working days from raising to the due time, per category. Default: enquiries 3, every other category
    /// <see cref="DefaultDueInWorkingDays"/>. Configuration sets single categories (<c>ServiceRequests:DueInWorkingDays:Help</c>)
    /// and the others keep their defaults.
    /// </summary>
    public Dictionary<RequestCategory, int> DueInWorkingDays { get; set; } = new()
    {
        [RequestCategory.Enquiry] = 3,
        [RequestCategory.Help] = DefaultDueInWorkingDays,
        [RequestCategory.Complaint] = DefaultDueInWorkingDays,
        [RequestCategory.Dispute] = DefaultDueInWorkingDays,
        [RequestCategory.Other] = DefaultDueInWorkingDays,
    };

    /// <summary>Calendar days after resolution when a case nobody rated may be closed (销号) anyway. Default 7.</summary>
    public int CloseWithoutRatingAfterDays { get; set; } = 7;

    /// <summary>How many extensions a case may be granted. Default 1; zero turns extensions off.</summary>
    public int MaxExtensions { get; set; } = 1;

    /// <summary>
    /// How long after a reminder (催办) the supervision (督办) comes, and after the supervision the escalation (提级),
    /// when nothing happens meanwhile. Default 2 hours: the time a township example gives for first contact.
    /// </summary>
    public TimeSpan OverdueStepInterval { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The defaults (a fresh instance: the options are settable).</summary>
    public static RequestTimeLimits Default => new();

    /// <summary>The time by which a case raised at <paramref name="raisedAt"/> must be signed for.</summary>
    public DateTimeOffset AcceptBy(DateTimeOffset raisedAt) => raisedAt + AcceptWithin;

    /// <summary>The working days a case of this category gets.</summary>
    public int WorkingDaysFor(RequestCategory category) =>
        DueInWorkingDays.TryGetValue(category, out var days) ? days : DefaultDueInWorkingDays;

    /// <summary>
    /// The due time of a case of <paramref name="category"/> counted from <paramref name="from"/> (its raising):
    /// the category's working days later by <see cref="WorkingDays.Add"/>.
    /// </summary>
    public DateTimeOffset DueAt(RequestCategory category, DateTimeOffset from) =>
        WorkingDays.Add(from, WorkingDaysFor(category));

    /// <summary>
    /// The due time after an extension is granted: the category's working days again, counted from the current
    /// due time (an extension doubles the time an enquiry gets, it does not restart the clock at the grant).
    /// </summary>
    public DateTimeOffset ExtendedDueAt(RequestCategory category, DateTimeOffset currentDueAt) =>
        WorkingDays.Add(currentDueAt, WorkingDaysFor(category));

    /// <summary>Whether a case already granted <paramref name="extensionsGranted"/> extensions may get another.</summary>
    public bool MayExtend(int extensionsGranted) => extensionsGranted < MaxExtensions;

    /// <summary>From when a case resolved at <paramref name="resolvedAt"/> and still unrated may be closed.</summary>
    public DateTimeOffset CloseWithoutRatingFrom(DateTimeOffset resolvedAt) => resolvedAt.AddDays(CloseWithoutRatingAfterDays);

    /// <summary>The problems with these limits, each naming its setting; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (AcceptWithin <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:{nameof(AcceptWithin)} must be a positive duration (was {AcceptWithin}).");
        }

        foreach (var (category, days) in DueInWorkingDays.OrderBy(pair => pair.Key))
        {
            if (days <= 0)
            {
                problems.Add($"{SectionName}:{nameof(DueInWorkingDays)}:{category} must be a positive number of working days (was {days}).");
            }
        }

        if (CloseWithoutRatingAfterDays <= 0)
        {
            problems.Add($"{SectionName}:{nameof(CloseWithoutRatingAfterDays)} must be a positive number of days (was {CloseWithoutRatingAfterDays}).");
        }

        if (MaxExtensions < 0)
        {
            problems.Add($"{SectionName}:{nameof(MaxExtensions)} must be zero or more (was {MaxExtensions}).");
        }

        if (OverdueStepInterval <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:{nameof(OverdueStepInterval)} must be a positive time span (was {OverdueStepInterval}).");
        }

        return problems;
    }

    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext) =>
        Validate().Select(problem => new ValidationResult(problem));
}
