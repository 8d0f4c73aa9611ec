namespace GovGraph.Domain.ServiceRequests;

/// <summary>What one recorded step of a case was; every transition of <see cref="RequestWorkflow"/> records some.</summary>
public enum RequestEventType
{
    /// <summary>A resident raised the case (已受理).</summary>
    Raised,

    /// <summary>The case went to a handler (已派单); <c>toAssignee</c> names them.</summary>
    Dispatched,

    /// <summary>The handler signed for it (签收).</summary>
    Accepted,

    /// <summary>The handler sent it back (退单); it went one level up.</summary>
    SentBack,

    /// <summary>The handler started work on it (办理中).</summary>
    Started,

    /// <summary>The level above granted more time (延期).</summary>
    Extended,

    /// <summary>The handler resolved it (已办结).</summary>
    Resolved,

    /// <summary>The resident rated the resolution (回访).</summary>
    Rated,

    /// <summary>An unsatisfied rating reopened it (重办).</summary>
    Reopened,

    /// <summary>The organisation closed it (销号).</summary>
    Closed,

    /// <summary>First overdue step: the handler was reminded (催办).</summary>
    Reminded,

    /// <summary>Second overdue step: the level above was told to supervise (督办).</summary>
    Supervised,

    /// <summary>Third overdue step: the case went one level up (提级).</summary>
    Escalated,
}
