using System.Text.Json;

namespace WsisEvents.Web.Import;

/// <summary>Misspelt place names of the source texts and how the site shows them ("San Paulo" → "São Paulo").
/// The original stays in the meeting's source text. Read from data/place-corrections.json.</summary>
public sealed class PlaceCorrections
{
    private readonly Dictionary<string, string> _cities;
    private readonly Dictionary<string, string> _countries;

    public PlaceCorrections(IDictionary<string, string>? cities = null, IDictionary<string, string>? countries = null)
    {
        _cities = new Dictionary<string, string>(cities ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        _countries = new Dictionary<string, string>(countries ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
    }

    public static PlaceCorrections Load(string path)
    {
        if (!File.Exists(path))
        {
            return new PlaceCorrections();
        }

        var file = JsonSerializer.Deserialize<FileShape>(File.ReadAllText(path), JsonOptions.Data)
            ?? throw new InvalidDataException($"{path} is empty.");
        return new PlaceCorrections(file.Cities, file.Countries);
    }

    public string? City(string? city) => city is not null && _cities.TryGetValue(city, out var fixedCity) ? fixedCity : city;

    public string? Country(string? country) =>
        country is not null && _countries.TryGetValue(country, out var fixedCountry) ? fixedCountry : country;

    private sealed record FileShape(Dictionary<string, string>? Cities, Dictionary<string, string>? Countries);
}
