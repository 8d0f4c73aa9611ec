namespace GovGraph.Domain.ServiceRequests;

/// <summary>What a resident's request (a cloud-platform case) is about; its time limits follow from it.</summary>
public enum RequestCategory
{
    Enquiry,
    Help,
    Complaint,
    Dispute,
    Other,
}
