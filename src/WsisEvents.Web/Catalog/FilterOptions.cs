namespace WsisEvents.Web.Catalog;

/// <summary>The choices of the meeting filter form: every Action Line and category, and the years, countries and
/// organizers that occur in the catalog.</summary>
public sealed record FilterOptions(
    IReadOnlyList<ThemeRefDto> Themes,
    IReadOnlyList<CategoryRefDto> Categories,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Countries,
    IReadOnlyList<OrganizationRefDto> Organizers)
{
    public static async Task<FilterOptions> LoadAsync(WsisDbContext db, Localization.Language language, CancellationToken cancellationToken)
    {
        var names = await db.ThemeNamesAsync(language, cancellationToken);
        var themes = (await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new ThemeRefDto(t.Slug, t.Code, t.Name, "en")).ToListAsync(cancellationToken)).Select(names.In).ToList();
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryRefDto(c.Slug, c.Name, "en")).ToListAsync(cancellationToken);
        var years = await db.Meetings.AsNoTracking().Select(m => m.StartDate.Year).Distinct().OrderBy(y => y).ToListAsync(cancellationToken);
        var countries = await db.Meetings.AsNoTracking().Where(m => m.Country != null).Select(m => m.Country!).Distinct()
            .OrderBy(c => c).ToListAsync(cancellationToken);
        var organizers = await db.Organizations.AsNoTracking().Where(o => o.OrganizedMeetings.Any())
            .OrderBy(o => o.Acronym ?? o.Name)
            .Select(o => new OrganizationRefDto(o.Slug, o.Name, o.Acronym, "en")).ToListAsync(cancellationToken);
        var translated = await EntryNames.LoadAsync(db, language, organizers.Select(o => o.Slug), withCategories: true, cancellationToken);
        return new FilterOptions(themes, [.. categories.Select(translated.In)], years, countries, [.. organizers.Select(translated.In)]);
    }

    public ThemeRefDto? FindTheme(string? value) => value is null
        ? null
        : Themes.FirstOrDefault(t => string.Equals(t.Slug, value.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(t.Code, value.Trim(), StringComparison.OrdinalIgnoreCase));

    public OrganizationRefDto? FindOrganizer(string? value) => value is null
        ? null
        : Organizers.FirstOrDefault(o => string.Equals(o.Slug, value.Trim(), StringComparison.OrdinalIgnoreCase))
          ?? Organizers.FirstOrDefault(o => string.Equals(o.Acronym, value.Trim(), StringComparison.OrdinalIgnoreCase));
}
