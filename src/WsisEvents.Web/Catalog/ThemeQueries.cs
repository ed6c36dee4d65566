using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Catalog;

/// <summary>The Action Lines' names and summaries in one language, by slug: those its translations give.</summary>
public sealed class ThemeTexts(Language language, IReadOnlyDictionary<string, ThemeTranslationDto> bySlug)
{
    public Language Language => language;

    /// <summary>The Action Line with its name in the language, where a translation gives one.</summary>
    public ThemeRefDto In(ThemeRefDto theme) =>
        bySlug.TryGetValue(theme.Slug, out var t) && t.Name is { } name ? theme with { Name = name, NameLanguage = language.Code } : theme;

    /// <summary>The Action Line with its name and summary in the language, each where a translation gives it.</summary>
    public ThemeDto In(ThemeDto theme)
    {
        if (!bySlug.TryGetValue(theme.Slug, out var t))
        {
            return theme;
        }

        return theme with
        {
            Name = t.Name ?? theme.Name,
            NameLanguage = t.Name is null ? theme.NameLanguage : language.Code,
            Summary = t.Summary ?? theme.Summary,
            SummaryLanguage = t.Summary is null ? theme.SummaryLanguage : language.Code,
        };
    }
}

public sealed record ThemeTranslationDto(string? Name, string? Summary);

public static class ThemeQueries
{
    /// <summary>The eleven Action Lines' translations into <paramref name="language"/>; none for English.</summary>
    public static async Task<ThemeTexts> ThemeNamesAsync(this WsisDbContext db, Language language, CancellationToken cancellationToken) =>
        new(language, language.IsDefault
            ? new Dictionary<string, ThemeTranslationDto>()
            : await db.ThemeTranslations.AsNoTracking()
                .Where(t => t.Language == language.Code)
                .Select(t => new { t.Theme!.Slug, Translation = new ThemeTranslationDto(t.Name, t.Summary) })
                .ToDictionaryAsync(t => t.Slug, t => t.Translation, cancellationToken));

    /// <summary>The eleven Action Lines in order, with their meeting counts, their names and summaries in
    /// <paramref name="language"/> where translations give them and the originals otherwise.</summary>
    public static async Task<IReadOnlyList<ThemeDto>> ListAsync(WsisDbContext db, Language language, CancellationToken cancellationToken)
    {
        var original = Languages.Default.Code;
        var themes = await db.Themes.AsNoTracking()
            .OrderBy(t => t.SortOrder)
            .Select(t => new ThemeDto(t.Slug, t.Code, t.Name, original, t.Summary, t.Summary == null ? null : original, t.Meetings.Count))
            .ToListAsync(cancellationToken);
        var texts = await db.ThemeNamesAsync(language, cancellationToken);
        return themes.Select(texts.In).ToList();
    }

    public static Task<int> IdOfAsync(WsisDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Themes.Where(t => t.Slug == slug).Select(t => t.Id).FirstAsync(cancellationToken);
}
