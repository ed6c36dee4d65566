using Microsoft.Extensions.Localization;

namespace WsisEvents.Web.Catalog;

public static class DocumentKinds
{
    /// <summary>The kind in words, in English: the feeds' and the structured data's genre.</summary>
    public static string Label(OutcomeKind kind) => Label(kind, EnglishText.Instance);

    /// <summary>The kind in words, as a reader sees it.</summary>
    public static string Label(OutcomeKind kind, IStringLocalizer localizer) => kind switch
    {
        OutcomeKind.Report => localizer["Report"],
        OutcomeKind.ChairsSummary => localizer["Chair’s summary"],
        OutcomeKind.Declaration => localizer["Declaration"],
        OutcomeKind.Recommendations => localizer["Recommendations"],
        OutcomeKind.AgendaForAction => localizer["Agenda for action"],
        OutcomeKind.Presentation => localizer["Presentation"],
        _ => localizer["Other document"],
    };
}
