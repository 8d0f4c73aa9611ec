namespace GovGraph.Domain.ServiceRequests;

/// <summary>The resident's follow-up rating of a resolved case (回访); an unsatisfied one reopens it (重办).</summary>
public enum RequestRating
{
    Satisfied,
    BasicallySatisfied,
    Unsatisfied,
}
