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
    IHtmlContent StructuredData);

/// <summary>An organizer, with the source's wording when it differs from the directory's name.</summary>
public sealed record OrganizerLine(OrganizationRefDto Organization, string? AsWritten);

public sealed record RelatedMeetingGroup(string Heading, IReadOnlyList<MeetingRowViewModel> Meetings);
