namespace WsisEvents.Web.Catalog;

/// <summary>The query string of <c>/meetings</c>, <c>/api/meetings</c> and the feeds, as typed: every value is
/// bound as text so that a malformed one is reported by name instead of failing model binding.</summary>
public sealed class MeetingSearch
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Year { get; set; }
    public string? Theme { get; set; }
    public string? Category { get; set; }
    public string? Country { get; set; }
    public string? Organizer { get; set; }
    public string? Q { get; set; }
    public string? Sort { get; set; }
    public string? Page { get; set; }
    public string? PageSize { get; set; }
}

/// <summary>A validated <see cref="MeetingSearch"/>, with slugs resolved to the entries they name.</summary>
public sealed record MeetingFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int? Year { get; init; }
    public int? ThemeId { get; init; }
    public int? CategoryId { get; init; }
    public string? Country { get; init; }
    public int? OrganizerId { get; init; }
    public string? Text { get; init; }
    public bool NewestFirst { get; init; }
}

public sealed record Paging(int Page, int PageSize)
{
    public int Skip => (Page - 1) * PageSize;
}
