using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Catalog;

/// <summary>Organizations' and categories' names in one language, by slug, as their translations give them: what a
/// list, a meeting's page or the API shows in place of the original. None for English, the originals' language.</summary>
public sealed class EntryNames
{
    private readonly Language _language;
    private readonly IReadOnlyDictionary<string, string> _organizations;
    private readonly IReadOnlyDictionary<string, string> _categories;

    private EntryNames(Language language, IReadOnlyDictionary<string, string> organizations, IReadOnlyDictionary<string, string> categories)
    {
        _language = language;
        _organizations = organizations;
        _categories = categories;
    }

    /// <summary>The translated names of the organizations with these slugs (one query, none in English) and, when
    /// <paramref name="withCategories"/>, of every category (a few dozen at most).</summary>
    public static async Task<EntryNames> LoadAsync(
        WsisDbContext db, Language language, IEnumerable<string> organizationSlugs, bool withCategories, CancellationToken cancellationToken)
    {
        if (language.IsDefault)
        {
            return new(language, new Dictionary<string, string>(), new Dictionary<string, string>());
        }

        // One array parameter, as FactsByIdAsync passes its ids, so that the SQL is the same whatever the number.
        var slugs = organizationSlugs.Distinct(StringComparer.Ordinal).ToArray();
        var organizations = slugs.Length == 0
            ? new Dictionary<string, string>()
            : await db.OrganizationTranslations.AsNoTracking()
                .Where(t => t.Language == language.Code && t.Name != null && EF.Parameter(slugs).Contains(t.Organization!.Slug))
                .Select(t => new { t.Organization!.Slug, t.Name })
                .ToDictionaryAsync(t => t.Slug, t => t.Name!, StringComparer.Ordinal, cancellationToken);
        var categories = !withCategories
            ? new Dictionary<string, string>()
            : await db.CategoryTranslations.AsNoTracking()
                .Where(t => t.Language == language.Code && t.Name != null)
                .Select(t => new { t.Category!.Slug, t.Name })
                .ToDictionaryAsync(t => t.Slug, t => t.Name!, StringComparer.Ordinal, cancellationToken);
        return new(language, organizations, categories);
    }

    /// <summary>The organization with its name in the language, where a translation gives one.</summary>
    public OrganizationRefDto In(OrganizationRefDto organization) =>
        _organizations.TryGetValue(organization.Slug, out var name) ? organization with { Name = name, NameLanguage = _language.Code } : organization;

    public CategoryRefDto In(CategoryRefDto category) =>
        _categories.TryGetValue(category.Slug, out var name) ? category with { Name = name, NameLanguage = _language.Code } : category;
}
