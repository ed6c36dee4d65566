using Microsoft.AspNetCore.Html;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.ViewModels;

public sealed record MeetingDetailsViewModel(
    MeetingDetailDto Meeting,
    string Dates,
    string Place,
    string? Venue,
    IHtmlContent DescriptionHtml,
    IReadOnlyList<OrganizerLine> Organizers,
    IReadOnlyList<RelatedMeetingGroup> Related,
    string CalendarUrl,
    IHtmlContent StructuredData)
{
    public IReadOnlyList<OutcomeLine> Outcomes { get; } = [.. Meeting.Documents.Select(OutcomeLine.From)];
}

public sealed record RelatedMeetingGroup(string Heading, IReadOnlyList<MeetingRowViewModel> Meetings);
