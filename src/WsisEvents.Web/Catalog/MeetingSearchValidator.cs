namespace WsisEvents.Web.Catalog;

/// <summary>Checks a <see cref="MeetingSearch"/> and resolves its slugs through each parameter's
/// <see cref="SearchParameter.Read"/>, collecting one clear message per bad parameter, keyed by the parameter's name
/// as it appears in the query string; then the rules that concern two parameters at once.</summary>
public static class MeetingSearchValidator
{
    public sealed record Outcome(MeetingFilter Filter, Paging Paging, IReadOnlyDictionary<string, string[]> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public static async Task<Outcome> ValidateAsync(Data.WsisDbContext db, CatalogCache cache, MeetingSearch search, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var reading = new SearchReading(db, cancellationToken);
        foreach (var parameter in SearchParameters.All)
        {
            var given = search[parameter];
            var value = given?.Trim();
            if (search.Repeated.Contains(parameter))
            {
                errors[parameter.Name] = [Localization.Texts.Localizer["'{0}' is given more than once; give it once.", parameter.Name]];
            }
            else if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            else if (parameter.IsFilter && given!.Any(char.IsControl))
            {
                errors[parameter.Name] = [Localization.Texts.Localizer["'{0}' contains control characters.", parameter.Name]];
            }
            else if (await parameter.Read(reading, value) is { } message)
            {
                errors[parameter.Name] = [message];
            }
        }

        var filter = reading.Filter;
        if (filter is { From: { } from, To: { } to } && from > to)
        {
            errors[SearchParameters.To.Name] = [Localization.Texts.Localizer["'to' ({0}) is before 'from' ({1}).", to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]];
        }

        if (errors.Count == 0)
        {
            filter = filter with { EarliestStart = await EarliestStartAsync(db, cache, filter.From, filter.Year, cancellationToken) };
            filter = filter with { OrganizerTestedPerMeeting = await OrganizerTestedPerMeetingAsync(db, cache, filter, cancellationToken) };
        }

        return new Outcome(filter, reading.Paging, errors);
    }

    private static async Task<DateOnly?> EarliestStartAsync(Data.WsisDbContext db, CatalogCache cache, DateOnly? from, int? year, CancellationToken cancellationToken)
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

    /// <summary>An organizer's meetings taken first cost a lookup each in the meetings table; testing the organizer on
    /// each meeting of the date range costs a probe of MeetingOrganizers' key per meeting the range walks, about
    /// half as much (bench/RESULTS.md: ITU, 38,399 meetings, and 2005, whose range walks 13,239: 81 ms of SQLite's CPU
    /// by IN, 24 by EXISTS; OECD's 5,460 cost the same either way). Without a date range there is nothing to walk
    /// but the whole catalog, and the organizer's meetings come first.</summary>
    private static async Task<bool> OrganizerTestedPerMeetingAsync(Data.WsisDbContext db, CatalogCache cache, MeetingFilter filter, CancellationToken cancellationToken)
    {
        if (filter.OrganizerId is not { } organizer || (filter.EarliestStart is null && filter.To is null && filter.Year is null))
        {
            return false;
        }

        DateOnly? lastStart = (filter.To, filter.Year) switch
        {
            (null, null) => null,
            ({ } t, null) => t,
            (null, { } y) => new DateOnly(y, 12, 31),
            ({ } t, { } y) => t < new DateOnly(y, 12, 31) ? t : new DateOnly(y, 12, 31),
        };
        var all = await cache.AllMeetingsAsync(db, newestFirst: false, cancellationToken);
        var counts = await cache.OrganizerMeetingCountsAsync(db, cancellationToken);
        return counts.GetValueOrDefault(organizer) * 2 > all.CountStarting(filter.EarliestStart, lastStart);
    }
}
