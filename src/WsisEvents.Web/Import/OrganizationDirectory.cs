namespace WsisEvents.Web.Import;

/// <summary>The organizations an import can link organizers to, by name, acronym or alias.</summary>
public sealed class OrganizationDirectory
{
    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    public sealed record Entry(int Id, string Slug, string Name, string? Acronym, Organization? Pending = null);

    public static async Task<OrganizationDirectory> LoadAsync(WsisDbContext db, CancellationToken cancellationToken)
    {
        var directory = new OrganizationDirectory();
        var organizations = await db.Organizations.AsNoTracking()
            .Select(o => new { o.Id, o.Slug, o.Name, o.Acronym, Aliases = o.Aliases.Select(a => a.Name).ToList() })
            .ToListAsync(cancellationToken);
        foreach (var o in organizations)
        {
            directory.Add(new Entry(o.Id, o.Slug, o.Name, o.Acronym), o.Aliases);
        }

        return directory;
    }

    public void Add(Entry entry, IEnumerable<string> aliases)
    {
        _slugs.Add(entry.Slug);
        foreach (var name in aliases.Prepend(entry.Name).Append(entry.Acronym))
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                _byKey.TryAdd(OrganizationNames.Normalize(name), entry);
            }
        }
    }

    /// <summary>Whether the text as a whole is a name the directory knows, possibly followed by a parenthesized
    /// acronym ("World Summit Award (WSA)"); an acronym in parentheses alone does not make a longer text a
    /// name ("X (AIBD)/Y (SABA)" is not SABA's name). This is what the parser keeps together.</summary>
    public bool IsKnown(string nameAsWritten) =>
        OrganizationNames.LookupKeys(nameAsWritten, includeParenthesized: false).Any(_byKey.ContainsKey);

    public Entry? Find(string nameAsWritten)
    {
        foreach (var key in OrganizationNames.LookupKeys(nameAsWritten))
        {
            if (_byKey.TryGetValue(key, out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    public bool IsSlugTaken(string slug) => _slugs.Contains(slug);
}
