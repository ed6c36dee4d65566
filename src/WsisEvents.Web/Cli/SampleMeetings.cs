using System.Text;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Cli;

/// <summary>Synthetic meetings that look like the catalog's own: WSIS-era dates with more meetings around the Tunis
/// phase and after WSIS+10, places where such meetings are held, organizers drawn from the directory with a few
/// bodies organizing most of them, titles and prose built from the Action Lines' topics. The same seed and
/// directory always give the same meetings; nothing here touches the database.</summary>
public sealed class SampleMeetings
{
    public const string SourceDocument = "generated-sample";

    /// <summary>Meetings per year from 2003 to 2025, in relative weights: the two summit phases, a quieter decade,
    /// then the WSIS+10 review and the WSIS Forum years.</summary>
    private static readonly double[] YearWeights = [4, 7, 10, 5, 3, 3, 3, 3, 3, 3, 4, 4, 7, 6, 6, 6, 7, 6, 6, 7, 8, 8, 9];
    private const int FirstYear = 2003;

    private static readonly (string City, string Country, int Weight)[] Places =
    [
        ("Geneva", "Switzerland", 30), ("Tunis", "Tunisia", 8), ("New York", "United States", 8), ("Paris", "France", 7),
        ("Bangkok", "Thailand", 5), ("Addis Ababa", "Ethiopia", 5), ("Nairobi", "Kenya", 4), ("Santiago", "Chile", 4),
        ("Beirut", "Lebanon", 3), ("Vienna", "Austria", 3), ("Tokyo", "Japan", 3), ("Seoul", "Republic of Korea", 3),
        ("São Paulo", "Brazil", 3), ("Rio de Janeiro", "Brazil", 2), ("Cairo", "Egypt", 3), ("Kigali", "Rwanda", 2),
        ("Dakar", "Senegal", 2), ("Accra", "Ghana", 2), ("Johannesburg", "South Africa", 2), ("Marrakech", "Morocco", 2),
        ("Bonn", "Germany", 2), ("Berlin", "Germany", 2), ("Istanbul", "Türkiye", 2), ("Baku", "Azerbaijan", 2),
        ("Sharm El Sheikh", "Egypt", 1), ("Vilnius", "Lithuania", 1), ("Hyderabad", "India", 2), ("New Delhi", "India", 2),
        ("Bali", "Indonesia", 1), ("Kuala Lumpur", "Malaysia", 2), ("Manila", "Philippines", 1), ("Beijing", "China", 2),
        ("Moscow", "Russian Federation", 1), ("Minsk", "Belarus", 1), ("Bishkek", "Kyrgyzstan", 1), ("Bamako", "Mali", 1),
        ("Ouagadougou", "Burkina Faso", 1), ("Montevideo", "Uruguay", 1), ("Buenos Aires", "Argentina", 1),
        ("Mexico City", "Mexico", 1), ("Port of Spain", "Trinidad and Tobago", 1), ("Suva", "Fiji", 1),
        ("Doha", "Qatar", 1), ("Riyadh", "Saudi Arabia", 1), ("Kraków", "Poland", 1), ("Athens", "Greece", 1),
        ("Valletta", "Malta", 1), ("Ottawa", "Canada", 1), ("Brussels", "Belgium", 2), ("Kyoto", "Japan", 1),
    ];

    private static readonly string[][] TopicsByTheme =
    [
        ["national e-strategies", "multistakeholder partnerships", "digital development policy", "ICT for the Sustainable Development Goals"],
        ["broadband infrastructure", "rural connectivity", "universal service funds", "spectrum management", "satellite access"],
        ["open access to scientific information", "public libraries and archives", "community telecentres", "open data"],
        ["digital skills", "ICT capacity building", "training of trainers", "women in technology careers"],
        ["cybersecurity", "countering spam", "child online protection", "trust in electronic transactions", "critical infrastructure protection"],
        ["Internet governance", "regulatory frameworks", "intellectual property in the digital economy", "consumer protection online"],
        ["e-government services", "e-health", "e-learning", "e-agriculture", "e-business for small enterprises", "e-environment and climate data"],
        ["multilingualism in cyberspace", "local content", "indigenous knowledge", "digital heritage"],
        ["media pluralism", "freedom of expression online", "public service broadcasting", "community radio"],
        ["ethics of the information society", "privacy and personal data", "artificial intelligence ethics"],
        ["international cooperation on ICT", "regional integration", "financing for digital development", "measuring the information society"],
    ];

    /// <summary>How often each Action Line (C1 to C11) is a meeting's first: applications, capacity building and
    /// security come up most.</summary>
    private static readonly double[] ThemeWeights = [8, 7, 6, 9, 9, 7, 12, 4, 4, 3, 6];

    private static readonly double[] PlaceWeights = [.. Places.Select(p => (double)p.Weight)];

    /// <summary>One organizer for half the meetings, up to four for a few.</summary>
    private static readonly double[] OrganizerCountWeights = [50, 30, 14, 6];

    /// <summary>Most meetings last a day or two.</summary>
    private static readonly double[] ExtraDayWeights = [40, 25, 20, 10, 5];

    private static readonly string[] Formats =
    [
        "Regional Conference on {0}", "Thematic Meeting on {0}", "Expert Group Meeting on {0}", "Workshop on {0}",
        "High-Level Dialogue on {0}", "WSIS Forum Session: {0}", "Policy Roundtable on {0}", "Global Symposium on {0}",
        "Capacity-Building Seminar on {0}", "Ministerial Forum on {0}", "Webinar on {0}", "Training Course on {0}",
    ];

    private static readonly string[] Audiences =
    [
        "policy makers", "regulators", "civil society organizations", "private sector representatives", "academics",
        "parliamentarians", "young people", "librarians", "journalists", "local authorities", "technical experts",
    ];

    private static readonly string[] Outcomes =
    [
        "a set of recommendations for national action", "a chair's summary submitted to the WSIS process",
        "a regional plan of action", "a compendium of good practices", "a statement adopted by consensus",
        "proposals for indicators to track progress", "an input to the annual WSIS Forum", "a report to the Commission on Science and Technology for Development",
    ];

    /// <summary>Words a title leaves in lower case.</summary>
    private static readonly HashSet<string> SmallWords = new(["and", "for", "in", "of", "on", "the", "to"], StringComparer.Ordinal);

    private readonly Random _random;
    private readonly IReadOnlyList<int> _themeIds;
    private readonly IReadOnlyList<int> _categoryIds;
    private readonly (int Id, string Name)[] _organizers;
    private readonly double[] _organizerWeights;
    private readonly double[] _categoryWeights;
    /// <summary>The slugs given or found, as a 64-bit hash of each: a million meetings' slugs kept as strings would
    /// hold roughly 150 MB until the end of the run, their hashes about 20 MB. Equal slugs have equal hashes, so a
    /// slug is never given twice; two different slugs with the same hash (a few chances in a hundred million at a
    /// million meetings) would only make the second take a number it did not need.</summary>
    private readonly HashSet<ulong> _takenSlugs;

    /// <summary>For each base slug given (by its hash), the number its next meeting tries first: at a million
    /// meetings a common title and year comes back hundreds of times, and trying "-2", "-3" … from the start each
    /// time made generation quadratic in the size of a base's series.</summary>
    private readonly Dictionary<ulong, int> _nextNumbers = [];

    /// <param name="seed">The same seed gives the same meetings.</param>
    /// <param name="themeIds">The Action Lines in their order, C1 first.</param>
    /// <param name="categoryIds">The categories meetings may fall in.</param>
    /// <param name="organizers">The directory, most prominent first: the first organizes most meetings.</param>
    /// <param name="takenSlugs">Slugs already in the catalog, never given again.</param>
    public SampleMeetings(int seed, IReadOnlyList<int> themeIds, IReadOnlyList<int> categoryIds, IReadOnlyList<(int Id, string Name)> organizers, IEnumerable<string> takenSlugs)
    {
        if (themeIds.Count != TopicsByTheme.Length || categoryIds.Count == 0 || organizers.Count == 0)
        {
            throw new InvalidOperationException("The catalog must hold the eleven Action Lines, a category and an organization; is it seeded?");
        }

        _random = new Random(seed);
        _themeIds = themeIds;
        _categoryIds = categoryIds;
        _organizers = [.. organizers];

        // Zipf-like: the n-th organization is chosen about 1/n^1.1 as often as the first.
        _organizerWeights = [.. Enumerable.Range(1, _organizers.Length).Select(rank => 1 / Math.Pow(rank, 1.1))];
        _categoryWeights = [.. Enumerable.Range(1, categoryIds.Count).Select(rank => 1.0 / rank)];
        _takenSlugs = [.. takenSlugs.Select(SlugHash)];
    }

    /// <summary>FNV-1a over the slug's characters: the same in every process, so that a seed gives the same sample.</summary>
    private static ulong SlugHash(string slug)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in slug)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    public SampleMeeting Next()
    {
        var year = FirstYear + PickWeighted(YearWeights);
        var (start, end, precision) = Dates(year);
        var online = _random.NextDouble() < (year is 2020 or 2021 ? 0.45 : 0.07);
        var place = Places[PickWeighted(PlaceWeights)];

        var themeIndexes = new List<int> { PickWeighted(ThemeWeights) };
        for (var extra = _random.Next(3); extra > 0; extra--)
        {
            var other = _random.Next(TopicsByTheme.Length);
            if (!themeIndexes.Contains(other))
            {
                themeIndexes.Add(other);
            }
        }

        var topics = TopicsByTheme[themeIndexes[0]];
        var topic = topics[_random.Next(topics.Length)];
        var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, Formats[_random.Next(Formats.Length)], TitleCase(topic));
        if (_random.NextDouble() < 0.3 && !online)
        {
            title += $", {place.City}";
        }

        var organizers = new List<(int Id, string Name)>();
        for (var count = 1 + PickWeighted(OrganizerCountWeights); organizers.Count < count;)
        {
            var candidate = _organizers[PickWeighted(_organizerWeights)];
            if (!organizers.Contains(candidate))
            {
                organizers.Add(candidate);
            }

            if (organizers.Count == _organizers.Length)
            {
                break;
            }
        }

        var baseSlug = MeetingSlugs.Base(title, year);
        var baseHash = SlugHash(baseSlug);
        var slug = Slug.MakeUnique(baseSlug, candidate => _takenSlugs.Contains(SlugHash(candidate)),
            _nextNumbers.GetValueOrDefault(baseHash, 2), out var number);
        _nextNumbers[baseHash] = number + 1;
        _takenSlugs.Add(SlugHash(slug));
        return new SampleMeeting(
            title,
            slug,
            start,
            end,
            precision,
            online ? null : place.City,
            online ? null : place.Country,
            online,
            _categoryIds[PickWeighted(_categoryWeights)],
            Description(topic, themeIndexes, organizers, online ? null : place.City, year),
            [.. organizers.Select(o => o.Id)],
            [.. themeIndexes.Select(i => _themeIds[i])]);
    }

    private (DateOnly Start, DateOnly End, DatePrecision Precision) Dates(int year)
    {
        var month = 1 + _random.Next(12);
        var roll = _random.NextDouble();
        if (roll < 0.06)
        {
            var first = new DateOnly(year, month, 1);
            return (first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
        }

        if (roll < 0.07)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);
        }

        var start = new DateOnly(year, month, 1 + _random.Next(DateTime.DaysInMonth(year, month)));
        return (start, start.AddDays(PickWeighted(ExtraDayWeights)), DatePrecision.Day);
    }

    private string Description(string topic, List<int> themeIndexes, List<(int Id, string Name)> organizers, string? city, int year)
    {
        var text = new StringBuilder();
        var hosts = organizers.Count == 1
            ? organizers[0].Name
            : string.Join(", ", organizers.Take(organizers.Count - 1).Select(o => o.Name)) + " and " + organizers[^1].Name;
        text.Append(city is null
            ? $"Held online, the meeting brought together {Audience()} and {Audience()} to discuss {topic}."
            : $"Held in {city}, the meeting brought together {Audience()} and {Audience()} to discuss {topic}.");
        text.Append($" It was organized by {hosts}");
        text.Append(year <= 2005
            ? $" as a contribution to the {(year <= 2003 ? "Geneva" : "Tunis")} phase of the World Summit on the Information Society."
            : " as part of the follow-up to the World Summit on the Information Society.");
        foreach (var index in themeIndexes.Skip(1))
        {
            var related = TopicsByTheme[index][_random.Next(TopicsByTheme[index].Length)];
            text.Append($" Sessions also addressed {related}, in relation to {topic}.");
        }

        if (_random.NextDouble() < 0.7)
        {
            text.Append($" Participants shared national experiences, examined the remaining obstacles faced by developing countries and discussed how {Audience()} can work together on {topic}.");
        }

        text.Append($" The outcome was {Outcomes[_random.Next(Outcomes.Length)]}.");
        return text.ToString();
    }

    private string Audience() => Audiences[_random.Next(Audiences.Length)];

    private int PickWeighted(double[] weights)
    {
        var roll = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>"e-business for small enterprises" → "E-Business for Small Enterprises".</summary>
    private static string TitleCase(string topic)
    {
        var words = topic.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (i == 0 || !SmallWords.Contains(words[i]))
            {
                words[i] = string.Join('-', words[i].Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
            }
        }

        return string.Join(' ', words);
    }
}

public sealed record SampleMeeting(
    string Title,
    string Slug,
    DateOnly StartDate,
    DateOnly EndDate,
    DatePrecision DatePrecision,
    string? City,
    string? Country,
    bool IsOnline,
    int CategoryId,
    string Description,
    IReadOnlyList<int> OrganizerIds,
    IReadOnlyList<int> ThemeIds);
