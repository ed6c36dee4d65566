using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Catalog;

/// <summary>The Action Lines' names and summaries in one language, by slug: those its translations give.</summary>
public sealed class ThemeTexts(Language language, IReadOnlyDictionary<string, ThemeTranslationDto> bySlug)
{
    public Language Language => language;

    /// <summary>The Action Line with its name in the language, where a translation gives one.</summary>
    public ThemeRefDto In(ThemeRefDto theme) =>
        bySlug.TryGetValue(theme.Slug, out var t) && t.Name is { } name ? theme with { Name = name, NameLanguage = language.Code } : theme;

    public ThemeTranslationDto? Of(string slug) => bySlug.GetValueOrDefault(slug);
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

    public static async Task<IReadOnlyList<ThemeDto>> ListAsync(WsisDbContext db, CancellationToken cancellationToken) =>
        await db.Themes.AsNoTracking()
            .OrderBy(t => t.SortOrder)
            .Select(t => new ThemeDto(t.Slug, t.Code, t.Name, t.Summary, t.Meetings.Count))
            .ToListAsync(cancellationToken);

    public static Task<int> IdOfAsync(WsisDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Themes.Where(t => t.Slug == slug).Select(t => t.Id).FirstAsync(cancellationToken);
}
