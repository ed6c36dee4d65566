namespace WsisEvents.Web.Domain;

public class Meeting : IVersioned
{
    public int Id { get; set; }

    public int Version { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }

    /// <summary>First day; for month or year precision the first day of that month or year.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Last day, inclusive; for month or year precision the last day of that month or year.</summary>
    public DateOnly EndDate { get; set; }
    public DatePrecision DatePrecision { get; set; }

    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Venue { get; set; }
    public bool IsOnline { get; set; }

    /// <summary>The meeting's own website (http or https), when it has one.</summary>
    public string? Website { get; set; }

    public int CategoryId { get; set; }
    public Category? Category { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>Where the entry comes from: the source file name, the line of its heading there, and that
    /// heading exactly as the source has it (spelling included).</summary>
    public string? SourceDocument { get; set; }
    public int? SourceLine { get; set; }
    public string? SourceText { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }
    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    public List<MeetingOrganizer> Organizers { get; set; } = [];
    public List<MeetingTheme> Themes { get; set; } = [];
    public List<MeetingRelation> RelatedMeetings { get; set; } = [];
    public List<OutcomeDocument> Outcomes { get; set; } = [];
    public List<MeetingTranslation> Translations { get; set; } = [];
}
