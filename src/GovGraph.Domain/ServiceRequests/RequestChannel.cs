namespace GovGraph.Domain.ServiceRequests;

/// <summary>How a resident raised a case: by phone, the app, WeChat, a visit or the hotline.</summary>
public enum RequestChannel
{
    Phone,
    App,
    WeChat,
    Visit,
    Hotline,
}
