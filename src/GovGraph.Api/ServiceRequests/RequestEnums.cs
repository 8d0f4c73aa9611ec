using GovGraph.Domain.ServiceRequests;
using GraphQL.Types;

namespace GovGraph.Api.ServiceRequests;

/// <summary>
/// A GraphQL enum over a domain enum of the cloud platform, with the stored names (<see cref="RequestValueNames"/>)
/// as both the GraphQL names and the values, so a stored property resolves as it is and an argument arrives as
/// the name the store and the workflow parse.
/// </summary>
public abstract class RequestEnumType<TEnum> : EnumerationGraphType
    where TEnum : struct, Enum
{
    protected RequestEnumType(string name, string description, params (TEnum Value, string Description)[] values)
    {
        Name = name;
        Description = description;
        foreach (var (value, text) in values)
        {
            var stored = RequestValueNames.Of(value);
            Add(stored, stored, text);
        }
    }
}

public sealed class RequestCategoryEnum() : RequestEnumType<RequestCategory>(
    "RequestCategory", "What a case is about; its due time follows from it (enquiries 3 working days, others 10, by default).",
    (RequestCategory.Enquiry, "A question to be answered (咨询)."),
    (RequestCategory.Help, "A request for help (求助)."),
    (RequestCategory.Complaint, "A complaint (投诉)."),
    (RequestCategory.Dispute, "A dispute to be mediated (纠纷)."),
    (RequestCategory.Other, "Anything else (其他)."));

public sealed class RequestStatusEnum() : RequestEnumType<RequestStatus>(
    "RequestStatus", "Where a case stands: dispatched → accepted → in progress → resolved → rated → closed.",
    (RequestStatus.Dispatched, "Sent to a handler, waiting to be signed for (已派单)."),
    (RequestStatus.Accepted, "Signed for by its handler (已签收)."),
    (RequestStatus.InProgress, "Being handled (办理中), also after an unsatisfied rating reopened it (重办)."),
    (RequestStatus.Resolved, "Handled, waiting for the resident's rating (已办结)."),
    (RequestStatus.Rated, "Rated satisfied or basically satisfied (已回访)."),
    (RequestStatus.Closed, "Closed by the organisation (销号)."));

public sealed class RequestRatingEnum() : RequestEnumType<RequestRating>(
    "RequestRating", "The resident's follow-up rating (回访).",
    (RequestRating.Satisfied, "Satisfied (满意)."),
    (RequestRating.BasicallySatisfied, "Basically satisfied (基本满意)."),
    (RequestRating.Unsatisfied, "Unsatisfied (不满意): the case is reopened (重办)."));

public sealed class RequestChannelEnum() : RequestEnumType<RequestChannel>(
    "RequestChannel", "How the resident raised the case.",
    (RequestChannel.Phone, "By phone to a handler (电话)."),
    (RequestChannel.App, "Through the platform's app (云上平台)."),
    (RequestChannel.WeChat, "Through WeChat (微信)."),
    (RequestChannel.Visit, "In person, at a talk point or an office (上门 / 百姓说事点)."),
    (RequestChannel.Hotline, "Through the 12345-style hotline (热线)."));

public sealed class RequestEventTypeEnum() : RequestEnumType<Domain.ServiceRequests.RequestEventType>(
    "RequestEventType", "What one recorded step of a case was.",
    (Domain.ServiceRequests.RequestEventType.Raised, "A resident raised the case (已受理)."),
    (Domain.ServiceRequests.RequestEventType.Dispatched, "The case went to a handler (已派单)."),
    (Domain.ServiceRequests.RequestEventType.Accepted, "The handler signed for it (签收)."),
    (Domain.ServiceRequests.RequestEventType.SentBack, "The handler sent it back (退单); it went one level up."),
    (Domain.ServiceRequests.RequestEventType.Started, "The handler started work (办理中)."),
    (Domain.ServiceRequests.RequestEventType.Extended, "The level above granted more time (延期)."),
    (Domain.ServiceRequests.RequestEventType.Resolved, "The handler resolved it (已办结)."),
    (Domain.ServiceRequests.RequestEventType.Rated, "The resident rated the resolution (回访)."),
    (Domain.ServiceRequests.RequestEventType.Reopened, "An unsatisfied rating reopened it (重办)."),
    (Domain.ServiceRequests.RequestEventType.Closed, "The organisation closed it (销号)."),
    (Domain.ServiceRequests.RequestEventType.Reminded, "Overdue: the handler was reminded (催办)."),
    (Domain.ServiceRequests.RequestEventType.Supervised, "Still overdue: the level above was told to supervise (督办)."),
    (Domain.ServiceRequests.RequestEventType.Escalated, "Still overdue: the case went one level up (提级)."));
