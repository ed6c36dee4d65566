namespace WsisEvents.Web.Seeding;

/// <summary>The files of data/ the catalog seeds itself from, and their shapes.</summary>
public static class SeedFiles
{
    /// <summary>ITU's "Outcomes of the Regional and Thematic Meetings" page: the seed meetings.</summary>
    public const string MeetingsPage = "002_85274b9193408efb.txt";

    /// <summary>The Internet Society's page on its United Nations relations.</summary>
    public const string InternetSocietyPage = "000_90a0c08273d99415.txt";

    public const string Themes = "themes.json";
    public const string ThemeTranslations = "theme-translations.json";
    public const string Organizations = "organizations.json";
    public const string Affiliations = "affiliations.json";
    public const string MeetingThemes = "meeting-themes.json";
    public const string SummitEvents = "summit-events.json";
    public const string PlaceCorrections = "place-corrections.json";
    public const string MeetingOutcomes = "meeting-outcomes.json";
    public const string SummitOutcomes = "summit-outcomes.json";

    public sealed record ThemeRecord(string Code, string Slug, string Name, string? Summary);

    public sealed record OrganizationRecord(
        string Name,
        string? Acronym,
        string Slug,
        OrganizationKind Kind,
        string? Parent,
        string? Website,
        IReadOnlyList<string>? Aliases,
        string? Description);

    public sealed record AffiliationRecord(
        string Organization,
        string Target,
        AffiliationKind Kind,
        string? Since,
        string? SourceDocument,
        string? Source);

    /// <summary>An Action Line's official names in the Plan of Action's other languages, by language code.</summary>
    /// <param name="Code">"C1".</param>
    /// <param name="Names">The name in each language.</param>
    /// <param name="Replaces">Earlier wordings of a name that an earlier version of the file gave, by language code:
    /// a database seeded with one of them has it changed to the name, unless an editor has changed it since.</param>
    public sealed record ThemeTranslationRecord(string Code, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, IReadOnlyList<string>>? Replaces = null);

    public sealed record ThemeTranslationsFile(IReadOnlyList<ThemeTranslationRecord> Themes);

    public sealed record MeetingThemesRecord(DateOnly Start, string Title, IReadOnlyList<string> Themes);

    public sealed record SummitEventRecord(
        string Title,
        string Slug,
        DateOnly Start,
        DateOnly End,
        string? City,
        string? Country,
        string? Venue,
        IReadOnlyList<string> Organizers,
        string? Description,
        string? SourceDocument,
        string? Source);

    /// <summary>An outcome a source text names: its meeting (by start and title, as in meeting-themes.json) and the
    /// sentence that names it, on its line of the source.</summary>
    public sealed record MeetingOutcomeRecord(
        DateOnly Start,
        string Meeting,
        string Title,
        OutcomeKind Kind,
        string? Date,
        string SourceDocument,
        int Line,
        string Source);

    /// <summary>An outcome document of a summit event (by the event's slug), with its UN document symbol.</summary>
    public sealed record SummitOutcomeRecord(
        string Meeting,
        string Title,
        OutcomeKind Kind,
        string? Date,
        string Symbol,
        IReadOnlyList<string> Languages,
        string? Summary);
}
