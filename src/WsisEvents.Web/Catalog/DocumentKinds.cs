namespace WsisEvents.Web.Catalog;

public static class DocumentKinds
{
    /// <summary>The kind in words, as a reader sees it.</summary>
    public static string Label(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Report => "Report",
        OutcomeKind.ChairsSummary => "Chair’s summary",
        OutcomeKind.Declaration => "Declaration",
        OutcomeKind.Recommendations => "Recommendations",
        OutcomeKind.AgendaForAction => "Agenda for action",
        OutcomeKind.Presentation => "Presentation",
        _ => "Other document",
    };
}
