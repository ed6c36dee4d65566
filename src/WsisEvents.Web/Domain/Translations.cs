namespace WsisEvents.Web.Domain;

// An entry's texts in the site's other languages. The entry's own fields are the original (English, the language of
// the sources); a translation gives some or all of them in one language, and a page shows the original where it gives
// none. Translations are part of their entry: edited in its form, saved under its version, kept in its history and
// put back by a restore.

/// <summary>A meeting's title and description in one language.</summary>
public class MeetingTranslation
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    /// <summary>The language's code, one of <c>Localization.Languages</c> other than English ("fr").</summary>
    public required string Language { get; set; }

    public string? Title { get; set; }

    /// <summary>Markdown, as the original.</summary>
    public string? Description { get; set; }
}

/// <summary>An Action Line's name and summary in one language.</summary>
public class ThemeTranslation
{
    public int Id { get; set; }
    public int ThemeId { get; set; }
    public Theme? Theme { get; set; }

    /// <summary>The language's code ("ar").</summary>
    public required string Language { get; set; }

    public string? Name { get; set; }
    public string? Summary { get; set; }
}

/// <summary>An organization's name and description in one language (its acronym is the same in every language).</summary>
public class OrganizationTranslation
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    /// <summary>The language's code ("es").</summary>
    public required string Language { get; set; }

    public string? Name { get; set; }

    /// <summary>Markdown, as the original.</summary>
    public string? Description { get; set; }
}

/// <summary>A category's name in one language.</summary>
public class CategoryTranslation
{
    public int Id { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }

    /// <summary>The language's code ("fr").</summary>
    public required string Language { get; set; }

    public string? Name { get; set; }
}

/// <summary>An affiliation's note, the sentence it rests on, in one language: a translation of the source's
/// sentence, shown in its place to a reader of that language.</summary>
public class AffiliationTranslation
{
    public int Id { get; set; }
    public int AffiliationId { get; set; }
    public Affiliation? Affiliation { get; set; }

    /// <summary>The language's code ("ar").</summary>
    public required string Language { get; set; }

    public string? SourceText { get; set; }
}
