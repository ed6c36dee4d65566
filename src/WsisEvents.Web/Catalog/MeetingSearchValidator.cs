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
                errors[parameter.Name] = [$"'{parameter.Name}' is given more than once; give it once."];
            }
            else if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            else if (parameter.IsFilter && given!.Any(char.IsControl))
            {
                errors[parameter.Name] = [$"'{parameter.Name}' contains control characters."];
            }
            else if (await parameter.Read(reading, value) is { } message)
            {
                errors[parameter.Name] = [message];
            }
        }

        var filter = reading.Filter;
        if (filter is { From: { } from, To: { } to } && from > to)
        {
            errors[SearchParameters.To.Name] = [$"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd})."];
        }

        if (errors.Count == 0)
        {
            filter = filter with { EarliestStart = await EarliestStartAsync(db, cache, filter.From, filter.Year, cancellationToken) };
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
}
