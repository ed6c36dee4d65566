namespace WsisEvents.Web.ViewModels;

public sealed record ErrorViewModel(int StatusCode, string RequestId)
{
    public string Title => TitleFor(StatusCode);

    public static string TitleFor(int statusCode) => statusCode switch
    {
        400 => "That request could not be understood",
        404 => "Page not found",
        405 => "That action is not allowed here",
        429 => "Too many requests",
        >= 500 => "Something went wrong on our side",
        _ => "The request could not be completed",
    };
}
