namespace WsisEvents.Web.Import;

/// <summary>What the parser knows of places: the names of countries (the world's, and those of the catalog's
/// meetings), so that "Hammamet, Tunisia" is read as a city and its country and "Malta" as a country; and the
/// country of each city the catalog already holds, so that a city given alone ("Tunis") gets its country, with a
/// warning saying where it came from.</summary>
public sealed class PlaceDirectory
{
    private readonly HashSet<string> _countries;
    private readonly Dictionary<string, string> _countryOfCity;

    public PlaceDirectory(IEnumerable<string>? moreCountries = null, IEnumerable<(string City, string Country)>? cities = null)
    {
        _countries = new HashSet<string>(Countries.Names.Concat(moreCountries ?? []).Select(OrganizationNames.Normalize), StringComparer.Ordinal);
        _countryOfCity = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (city, country) in cities ?? [])
        {
            var key = OrganizationNames.Normalize(city);
            _countries.Add(OrganizationNames.Normalize(country));

            // A city name that the catalog places in two countries tells nothing.
            if (_countryOfCity.TryGetValue(key, out var known) && !string.Equals(known, country, StringComparison.OrdinalIgnoreCase))
            {
                ambiguous.Add(key);
            }

            _countryOfCity.TryAdd(key, country);
        }

        foreach (var key in ambiguous)
        {
            _countryOfCity.Remove(key);
        }
    }

    /// <summary>The world's countries only, for a parser without a catalog.</summary>
    public static PlaceDirectory Default { get; } = new();

    public static async Task<PlaceDirectory> LoadAsync(WsisDbContext db, CancellationToken cancellationToken)
    {
        var places = await db.Meetings.AsNoTracking()
            .Where(m => m.City != null && m.Country != null)
            .Select(m => new { m.City, m.Country })
            .Distinct()
            .ToListAsync(cancellationToken);
        return new PlaceDirectory(cities: places.Select(p => (p.City!, p.Country!)));
    }

    public bool IsCountry(string name) => _countries.Contains(OrganizationNames.Normalize(name));

    public string? CountryOfCity(string city) => _countryOfCity.GetValueOrDefault(OrganizationNames.Normalize(city));
}
