namespace WsisEvents.Web.Domain;

// The two ways the catalog files its meetings: under one category each, and under any number of Action Lines.

/// <summary>What kind of meeting it is: a WSIS thematic meeting, a regional thematic meeting, a summit event….</summary>
public class Category : IVersioned
{
    public int Id { get; set; }

    public int Version { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public int SortOrder { get; set; }
    public List<Meeting> Meetings { get; set; } = [];
    public List<CategoryTranslation> Translations { get; set; } = [];
}

/// <summary>A WSIS Action Line (C1–C11) of the Geneva Plan of Action.</summary>
public class Theme : IVersioned
{
    public int Id { get; set; }

    public int Version { get; set; }

    /// <summary>"C1" … "C11"; the key that source texts and mappings use.</summary>
    public required string Code { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Summary { get; set; }
    public int SortOrder { get; set; }
    public List<MeetingTheme> Meetings { get; set; } = [];
    public List<ThemeTranslation> Translations { get; set; } = [];
}
