namespace WsisEvents.Web.Editing;

// What the history stores of each kind of entry: every field an editor can change, its links (organizers, Action
// Lines, aliases) included, so that any recorded version can be put back as it was.

/// <summary>A recorded version of an entry, which <see cref="Restorer"/> puts back.</summary>
public interface IEntrySnapshot<TEntity>
{
    int Id { get; }

    /// <summary>The entry anew under its old id, for <see cref="ApplyTo"/> to fill in.</summary>
    TEntity Recreate();

    void ApplyTo(TEntity entry);
}

public sealed record MeetingSnapshot(
    int Id,
    string Title,
    string Slug,
    DateOnly StartDate,
    DateOnly EndDate,
    DatePrecision DatePrecision,
    string? City,
    string? Country,
    string? Venue,
    bool IsOnline,
    int CategoryId,
    string? Description,
    string? SourceDocument,
    int? SourceLine,
    string? SourceText,
    IReadOnlyList<OrganizerSnapshot> Organizers,
    IReadOnlyList<int> ThemeIds,
    string? Website,
    IReadOnlyList<TranslationSnapshot>? Translations = null) : IEntrySnapshot<Meeting>
{
    public static MeetingSnapshot Of(Meeting m) => new(
        m.Id, m.Title, m.Slug, m.StartDate, m.EndDate, m.DatePrecision, m.City, m.Country, m.Venue, m.IsOnline, m.CategoryId,
        m.Description, m.SourceDocument, m.SourceLine, m.SourceText,
        [.. m.Organizers.OrderBy(o => o.Position).Select(o => new OrganizerSnapshot(o.OrganizationId, o.NameAsWritten))],
        [.. m.Themes.Select(t => t.ThemeId).Order()],
        m.Website,
        [.. m.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new TranslationSnapshot(t.Language, t.Title, t.Description))]);

    public Meeting Recreate() => new() { Id = Id, Title = Title, Slug = Slug };

    public void ApplyTo(Meeting m)
    {
        m.Title = Title;
        m.Slug = Slug;
        m.StartDate = StartDate;
        m.EndDate = EndDate;
        m.DatePrecision = DatePrecision;
        m.City = City;
        m.Country = Country;
        m.Venue = Venue;
        m.IsOnline = IsOnline;
        m.Website = Website;
        m.CategoryId = CategoryId;
        m.Description = Description;
        m.SourceDocument = SourceDocument;
        m.SourceLine = SourceLine;
        m.SourceText = SourceText;
        EntryLinks.SetOrganizers(m, Organizers);
        EntryLinks.SetThemes(m, ThemeIds);
        SetTranslations(m, Translations ?? []);
    }

    /// <summary>The meeting's translations brought to <paramref name="wanted"/> (Name is the title, Text the
    /// description); whether any changed.</summary>
    public static bool SetTranslations(Meeting m, IReadOnlyList<TranslationSnapshot> wanted) =>
        EntryLinks.SetTranslations(m.Translations, wanted, language => new MeetingTranslation { Language = language },
            (t, w) => (t.Title, t.Description) = (w.Name, w.Text), t => new TranslationSnapshot(t.Language, t.Title, t.Description));
}

/// <summary>An entry's texts in one language: its name or title, and its description or summary. A version recorded
/// before translations existed has none (null), which a restore reads as none.</summary>
public sealed record TranslationSnapshot(string Language, string? Name, string? Text);

public sealed record OrganizerSnapshot(int OrganizationId, string? NameAsWritten);

public sealed record OrganizationSnapshot(
    int Id, string Name, string? Acronym, string Slug, OrganizationKind Kind, int? ParentId, string? Website, string? Description,
    IReadOnlyList<string> Aliases, IReadOnlyList<TranslationSnapshot>? Translations = null) : IEntrySnapshot<Organization>
{
    public static OrganizationSnapshot Of(Organization o) =>
        new(o.Id, o.Name, o.Acronym, o.Slug, o.Kind, o.ParentId, o.Website, o.Description, [.. o.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal)],
            [.. o.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new TranslationSnapshot(t.Language, t.Name, t.Description))]);

    public Organization Recreate() => new() { Id = Id, Name = Name, Slug = Slug };

    public void ApplyTo(Organization o)
    {
        o.Name = Name;
        o.Acronym = Acronym;
        o.Slug = Slug;
        o.Kind = Kind;
        o.ParentId = ParentId;
        o.Website = Website;
        o.Description = Description;
        EntryLinks.SetAliases(o, Aliases);
        SetTranslations(o, Translations ?? []);
    }

    /// <summary>The organization's translations brought to <paramref name="wanted"/> (Name is the name, Text the
    /// description); whether any changed.</summary>
    public static bool SetTranslations(Organization o, IReadOnlyList<TranslationSnapshot> wanted) =>
        EntryLinks.SetTranslations(o.Translations, wanted, language => new OrganizationTranslation { Language = language },
            (t, w) => (t.Name, t.Description) = (w.Name, w.Text), t => new TranslationSnapshot(t.Language, t.Name, t.Description));
}

public sealed record AffiliationSnapshot(
    int Id, int OrganizationId, int TargetOrganizationId, AffiliationKind Kind, DateOnly? Since, DatePrecision SincePrecision,
    string? SourceDocument, string? SourceText, IReadOnlyList<TranslationSnapshot>? Translations = null) : IEntrySnapshot<Affiliation>
{
    public static AffiliationSnapshot Of(Affiliation a) =>
        new(a.Id, a.OrganizationId, a.TargetOrganizationId, a.Kind, a.Since, a.SincePrecision, a.SourceDocument, a.SourceText,
            [.. a.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new TranslationSnapshot(t.Language, null, t.SourceText))]);

    public Affiliation Recreate() => new() { Id = Id };

    public void ApplyTo(Affiliation a)
    {
        a.OrganizationId = OrganizationId;
        a.TargetOrganizationId = TargetOrganizationId;
        a.Kind = Kind;
        a.Since = Since;
        a.SincePrecision = SincePrecision;
        a.SourceDocument = SourceDocument;
        a.SourceText = SourceText;
        SetTranslations(a, Translations ?? []);
    }

    /// <summary>The affiliation's translations brought to <paramref name="wanted"/> (Text is the source sentence; an
    /// affiliation has no name of its own); whether any changed.</summary>
    public static bool SetTranslations(Affiliation a, IReadOnlyList<TranslationSnapshot> wanted) =>
        EntryLinks.SetTranslations(a.Translations, wanted, language => new AffiliationTranslation { Language = language },
            (t, w) => t.SourceText = w.Text, t => new TranslationSnapshot(t.Language, null, t.SourceText));
}

public sealed record CategorySnapshot(int Id, string Name, string Slug, int SortOrder, IReadOnlyList<TranslationSnapshot>? Translations = null)
    : IEntrySnapshot<Category>
{
    public static CategorySnapshot Of(Category c) => new(c.Id, c.Name, c.Slug, c.SortOrder,
        [.. c.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new TranslationSnapshot(t.Language, t.Name, null))]);

    public Category Recreate() => new() { Id = Id, Name = Name, Slug = Slug };

    public void ApplyTo(Category c)
    {
        c.Name = Name;
        c.Slug = Slug;
        c.SortOrder = SortOrder;
        SetTranslations(c, Translations ?? []);
    }

    /// <summary>The category's translations brought to <paramref name="wanted"/> (Name is the name; a category has no
    /// text); whether any changed.</summary>
    public static bool SetTranslations(Category c, IReadOnlyList<TranslationSnapshot> wanted) =>
        EntryLinks.SetTranslations(c.Translations, wanted, language => new CategoryTranslation { Language = language },
            (t, w) => t.Name = w.Name, t => new TranslationSnapshot(t.Language, t.Name, null));
}

public sealed record ThemeSnapshot(
    int Id, string Code, string Slug, string Name, string? Summary, int SortOrder, IReadOnlyList<TranslationSnapshot>? Translations = null)
    : IEntrySnapshot<Theme>
{
    public static ThemeSnapshot Of(Theme t) => new(
        t.Id, t.Code, t.Slug, t.Name, t.Summary, t.SortOrder,
        [.. t.Translations.OrderBy(x => x.Language, StringComparer.Ordinal).Select(x => new TranslationSnapshot(x.Language, x.Name, x.Summary))]);

    public Theme Recreate() => new() { Id = Id, Code = Code, Slug = Slug, Name = Name };

    public void ApplyTo(Theme t)
    {
        t.Code = Code;
        t.Slug = Slug;
        t.Name = Name;
        t.Summary = Summary;
        t.SortOrder = SortOrder;
        SetTranslations(t, Translations ?? []);
    }

    /// <summary>The Action Line's translations brought to <paramref name="wanted"/> (Name is the name, Text the
    /// summary); whether any changed.</summary>
    public static bool SetTranslations(Theme t, IReadOnlyList<TranslationSnapshot> wanted) =>
        EntryLinks.SetTranslations(t.Translations, wanted, language => new ThemeTranslation { Language = language },
            (x, w) => (x.Name, x.Summary) = (w.Name, w.Text), x => new TranslationSnapshot(x.Language, x.Name, x.Summary));
}
