namespace WsisEvents.Web.Editing;

/// <summary>Brings a meeting's organizers and Action Lines, or an organization's aliases, to a wanted state by
/// changing only what differs: removing a link and adding one with the same key in one save is not something EF
/// Core can track, and untouched rows stay untouched.</summary>
public static class EntryLinks
{
    public static bool SetOrganizers(Meeting meeting, IReadOnlyList<OrganizerSnapshot> wanted)
    {
        var changed = false;
        var wantedIds = wanted.Select(w => w.OrganizationId).ToHashSet();
        foreach (var stale in meeting.Organizers.Where(o => !wantedIds.Contains(o.OrganizationId)).ToList())
        {
            meeting.Organizers.Remove(stale);
            changed = true;
        }

        for (var position = 0; position < wanted.Count; position++)
        {
            var w = wanted[position];
            var existing = meeting.Organizers.FirstOrDefault(o => o.OrganizationId == w.OrganizationId && o.OrganizationId != 0);
            if (existing is null)
            {
                meeting.Organizers.Add(new MeetingOrganizer { OrganizationId = w.OrganizationId, Position = position, NameAsWritten = w.NameAsWritten });
                changed = true;
            }
            else if (existing.Position != position || existing.NameAsWritten != w.NameAsWritten)
            {
                existing.Position = position;
                existing.NameAsWritten = w.NameAsWritten;
                changed = true;
            }
        }

        return changed;
    }

    public static bool SetThemes(Meeting meeting, IEnumerable<int> themeIds)
    {
        var wanted = themeIds.ToHashSet();
        var changed = false;
        foreach (var stale in meeting.Themes.Where(t => !wanted.Contains(t.ThemeId)).ToList())
        {
            meeting.Themes.Remove(stale);
            changed = true;
        }

        foreach (var id in wanted.Where(id => meeting.Themes.All(t => t.ThemeId != id)))
        {
            meeting.Themes.Add(new MeetingTheme { ThemeId = id });
            changed = true;
        }

        return changed;
    }

    public static void SetAliases(Organization organization, IEnumerable<string> aliases)
    {
        var wanted = aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())
            .DistinctBy(OrganizationNames.Normalize).ToList();
        var wantedKeys = wanted.Select(OrganizationNames.Normalize).ToHashSet();
        foreach (var stale in organization.Aliases.Where(a => !wantedKeys.Contains(a.NormalizedName)).ToList())
        {
            organization.Aliases.Remove(stale);
        }

        foreach (var alias in wanted.Where(a => organization.Aliases.All(x => x.NormalizedName != OrganizationNames.Normalize(a))))
        {
            organization.Aliases.Add(new OrganizationAlias { Name = alias, NormalizedName = OrganizationNames.Normalize(alias) });
        }
    }

    /// <summary>An entry's translations brought to <paramref name="wanted"/>, one per language: a language with
    /// neither text is removed, a new one added, a changed one updated in place.</summary>
    public static bool SetTranslations<T>(
        List<T> translations, IReadOnlyList<TranslationSnapshot> wanted, Func<string, T> create, Action<T, TranslationSnapshot> set,
        Func<T, TranslationSnapshot> read)
        where T : class
    {
        var changed = false;
        var kept = wanted.Where(w => w.Name is not null || w.Text is not null).ToDictionary(w => w.Language, StringComparer.Ordinal);
        foreach (var stale in translations.Where(t => !kept.ContainsKey(read(t).Language)).ToList())
        {
            translations.Remove(stale);
            changed = true;
        }

        foreach (var w in kept.Values)
        {
            var existing = translations.FirstOrDefault(t => read(t).Language == w.Language);
            if (existing is null)
            {
                existing = create(w.Language);
                translations.Add(existing);
                changed = true;
            }
            else if (read(existing) == w)
            {
                continue;
            }

            set(existing, w);
            changed = true;
        }

        return changed;
    }
}
