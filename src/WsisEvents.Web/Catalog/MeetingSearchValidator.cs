using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Catalog;

/// <summary>Checks a <see cref="MeetingSearch"/> and resolves its slugs, collecting one clear message per bad
/// parameter, keyed by the parameter's name as it appears in the query string.</summary>
public static class MeetingSearchValidator
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxPage = 1_000_000;
    public const int MaxTextLength = 200;

    public sealed record Outcome(MeetingFilter Filter, Paging Paging, IReadOnlyDictionary<string, string[]> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public static async Task<Outcome> ValidateAsync(WsisDbContext db, CatalogCache cache, MeetingSearch search, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in search.Repeated)
        {
            errors[name] = [$"'{name}' is given more than once; give it once."];
        }

        foreach (var name in MeetingSearch.FilterNames.Where(n => search.Get(n)?.Any(char.IsControl) == true))
        {
            errors[name] = [$"'{name}' contains control characters."];
        }

        var from = ParseDate(search.From, "from", errors);
        var to = ParseDate(search.To, "to", errors);
        if (from is not null && to is not null && from > to)
        {
            errors["to"] = [$"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd})."];
        }

        int? year = string.IsNullOrWhiteSpace(search.Year) ? null : PagingParser.ParseBounded(search.Year, "year", 1, 9999, 0, errors);
        if (year == 0)
        {
            year = null;
        }

        var paging = PagingParser.Parse(search.Page, search.PageSize, errors);

        var text = search.Q?.Trim();
        if (text?.Length > MaxTextLength)
        {
            errors["q"] = [$"The search text is {text.Length} characters long; at most {MaxTextLength} are allowed."];
        }

        var newestFirst = false;
        switch (search.Sort?.Trim().ToLowerInvariant())
        {
            case null or "" or "oldest" or "asc":
                break;
            case "newest" or "desc":
                newestFirst = true;
                break;
            default:
                errors["sort"] = ["'sort' must be 'oldest' or 'newest'."];
                break;
        }

        var themeId = await ResolveThemeAsync(db, search.Theme, errors, cancellationToken);
        var categoryId = await ResolveCategoryAsync(db, search.Category, errors, cancellationToken);
        var organizerId = await ResolveOrganizerAsync(db, search.Organizer, errors, cancellationToken);
        var country = string.IsNullOrWhiteSpace(search.Country) ? null : search.Country.Trim();
        if (country?.Length > Data.FieldLengths.Place)
        {
            errors["country"] = [$"A country name has at most {Data.FieldLengths.Place} characters."];
        }

        var filter = new MeetingFilter
        {
            From = from,
            To = to,
            Year = year,
            ThemeId = themeId,
            CategoryId = categoryId,
            Country = country,
            OrganizerId = organizerId,
            Text = string.IsNullOrEmpty(text) ? null : text,
            EarliestStart = errors.Count == 0 ? await EarliestStartAsync(db, cache, from, year, cancellationToken) : null,
            NewestFirst = newestFirst,
        };
        return new Outcome(filter, paging, errors);
    }

    private static async Task<DateOnly?> EarliestStartAsync(WsisDbContext db, CatalogCache cache, DateOnly? from, int? year, CancellationToken cancellationToken)
    {
        DateOnly? first = (from, year) switch
        {
            (null, null) => null,
            ({ } f, null) => f,
            (null, { } y) => new DateOnly(y, 1, 1),
            ({ } f, { } y) => f > new DateOnly(y, 1, 1) ? f : new DateOnly(y, 1, 1),
        };
        if (first is null)
        {
            return null;
        }

        var longest = await cache.LongestMeetingDaysAsync(db, cancellationToken);
        return first.Value.DayNumber - longest <= DateOnly.MinValue.DayNumber ? null : first.Value.AddDays(-longest);
    }

    private static DateOnly? ParseDate(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = [$"'{name}' must be a date written yyyy-MM-dd, such as 2005-06-20."];
        return null;
    }

    private static async Task<int?> ResolveThemeAsync(WsisDbContext db, string? value, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var slug = value.Trim().ToLowerInvariant();
        var code = value.Trim().ToUpperInvariant();
        var id = await db.Themes.AsNoTracking()
            .Where(t => t.Slug == slug || t.Code == code)
            .Select(t => (int?)t.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            errors["theme"] = ["No Action Line has that slug or code; see /api/themes for the list (C1 to C11)."];
        }

        return id;
    }

    private static async Task<int?> ResolveCategoryAsync(WsisDbContext db, string? value, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var slug = value.Trim().ToLowerInvariant();
        var id = await db.Categories.AsNoTracking().Where(c => c.Slug == slug).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            errors["category"] = ["No category has that slug."];
        }

        return id;
    }

    private static async Task<int?> ResolveOrganizerAsync(WsisDbContext db, string? value, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var slug = value.Trim().ToLowerInvariant();
        var acronym = value.Trim().ToUpperInvariant();
        var alias = OrganizationNames.Normalize(value);
        var id = await db.Organizations.AsNoTracking()
            .Where(o => o.Slug == slug
                || (o.Acronym != null && o.Acronym.ToUpper() == acronym)
                || o.Aliases.Any(a => a.NormalizedName == alias))
            .OrderBy(o => o.Slug == slug ? 0 : 1)
            .ThenBy(o => o.Id)
            .Select(o => (int?)o.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            errors["organizer"] = ["No organization has that slug, acronym or name."];
        }

        return id;
    }
}
