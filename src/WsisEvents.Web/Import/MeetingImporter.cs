using System.Text.RegularExpressions;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Editing;

namespace WsisEvents.Web.Import;

/// <summary>Brings a parsed source page into the catalog: a meeting with the same title and start date is
/// updated, any other is added; organizers are linked to the directory and unknown ones created, never dropped;
/// headings become categories; the sessions of one line are related to one another, and so are meetings whose
/// texts name another by its title, quoted or not (<see cref="TitleMentions"/>).</summary>
public sealed partial class MeetingImporter(WsisDbContext db, PlaceCorrections corrections, TimeProvider clock)
{
    private const string UncategorizedName = "Uncategorized";

    /// <summary>How far apart in time a meeting and one it quotes by title may be (two years).</summary>
    private const int MaxReferenceDistanceDays = 731;

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<acronym>[A-Z][A-Za-z0-9&.\-]{1,15})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWithAcronym();

    public async Task<SourcePageParser> CreateParserAsync(CancellationToken cancellationToken)
    {
        var directory = await OrganizationDirectory.LoadAsync(db, cancellationToken);
        return new SourcePageParser(directory.IsKnown, await PlaceDirectory.LoadAsync(db, cancellationToken));
    }

    /// <summary>What an import of <paramref name="page"/> would store, in the API's shape, without writing, each
    /// meeting with what was uncertain about it: the parser's notes and the organizers it would create.</summary>
    public async Task<IReadOnlyList<ImportPreview>> PreviewAsync(ParsedPage page, CancellationToken cancellationToken)
    {
        var directory = await OrganizationDirectory.LoadAsync(db, cancellationToken);
        var categories = await db.Categories.AsNoTracking().ToListAsync(cancellationToken);
        var takenSlugs = new HashSet<string>(StringComparer.Ordinal);
        var preview = new List<ImportPreview>(page.Meetings.Count);
        foreach (var parsed in page.Meetings)
        {
            var existing = await FindExistingAsync(parsed, tracked: false, cancellationToken);
            var slug = existing?.Slug ?? await NewMeetingSlugAsync(parsed, takenSlugs, cancellationToken);
            var categoryName = parsed.Category ?? UncategorizedName;
            var category = categories.FirstOrDefault(c => string.Equals(c.Name, categoryName, StringComparison.OrdinalIgnoreCase));
            var notes = parsed.Notes.ToList();
            var organizers = parsed.Organizers.Select(name => directory.Find(name) is { } entry
                    ? new OrganizationRefDto(entry.Slug, entry.Name, entry.Acronym, Localization.Languages.Default.Code)
                    : Propose(name, directory, notes))
                .ToList();
            var themes = existing is null
                ? []
                : await db.MeetingThemes.AsNoTracking().Where(t => t.MeetingId == existing.Id).OrderBy(t => t.Theme!.SortOrder)
                    .Select(t => new ThemeRefDto(t.Theme!.Slug, t.Theme.Code, t.Theme.Name, "en")).ToListAsync(cancellationToken);
            var item = new MeetingListItemDto(
                slug,
                MeetingUrls.Page(slug),
                parsed.Title,
                parsed.Dates.StartIso,
                parsed.Dates.EndIso,
                parsed.Dates.Precision,
                corrections.City(parsed.City),
                corrections.Country(parsed.Country),
                parsed.IsOnline,
                new CategoryRefDto(category?.Slug ?? Slug.From(categoryName), category?.Name ?? categoryName, Localization.Languages.Default.Code),
                organizers,
                themes,
                HasOutcomes: parsed.Documents.Count > 0,
                TitleLanguage: Localization.Languages.Default.Code);
            var meetingRef = new MeetingRefDto(slug, MeetingUrls.Page(slug), parsed.Title);
            var documents = parsed.Documents.Select(d => new OutcomeDocumentDto(
                    0,
                    d.Title,
                    d.Kind,
                    d.Issued is { } issued ? PartialDates.Format(issued.Start, issued.Precision) : null,
                    d.Issued?.Precision ?? DatePrecision.Day,
                    Symbol: null,
                    Summary: null,
                    new SourceDto(page.DocumentName, d.Line, d.SourceText),
                    meetingRef,
                    [.. d.Versions.Select(v => new DocumentVersionDto(v.Language, null, null, v.Format, v.Size))]))
                .ToList();
            preview.Add(new ImportPreview(
                new MeetingDetailDto(item, parsed.Description, Localization.Languages.Default.Code, new SourceDto(page.DocumentName, parsed.Line, parsed.SourceText), website: null, documents),
                notes));
        }

        return preview;
    }

    /// <summary>Writes the page in one transaction.</summary>
    public async Task<ImportResult> ImportAsync(ParsedPage page, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await ImportWithinTransactionAsync(page, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Writes the page in the caller's transaction (the seeder's, which records the step with it).</summary>
    public async Task<ImportResult> ImportWithinTransactionAsync(ParsedPage page, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var directory = await OrganizationDirectory.LoadAsync(db, cancellationToken);
        var categories = await db.Categories.ToListAsync(cancellationToken);
        var takenSlugs = new HashSet<string>(StringComparer.Ordinal);
        var result = new ImportResult();
        var imported = new List<(ParsedMeeting Parsed, Meeting Meeting)>();
        var seenInPage = new Dictionary<(DateOnly, string), int>();

        foreach (var parsed in page.Meetings)
        {
            // A page that lists the same meeting twice would otherwise make the second entry overwrite the first
            // on every later import.
            if (seenInPage.TryGetValue((parsed.Dates.Start, TitleKey(parsed.Title)), out var firstLine))
            {
                result.Warnings.Add(new SourceNote(parsed.Line, parsed.SourceText,
                    $"same title and start date as the meeting of line {firstLine}; not imported twice"));
                continue;
            }

            seenInPage.Add((parsed.Dates.Start, TitleKey(parsed.Title)), parsed.Line);
            var category = GetOrCreateCategory(parsed.Category ?? UncategorizedName, categories, result);
            var organizerIds = new List<(int? Id, Organization? Pending, string NameAsWritten)>();
            foreach (var name in parsed.Organizers)
            {
                var entry = directory.Find(name) ?? CreateOrganization(name, directory, result);
                organizerIds.Add((entry.Pending is null ? entry.Id : null, entry.Pending, name));
            }

            var meeting = await FindExistingAsync(parsed, tracked: true, cancellationToken);
            var isNew = meeting is null;
            meeting ??= new Meeting
            {
                Title = parsed.Title,
                Slug = await NewMeetingSlugAsync(parsed, takenSlugs, cancellationToken),
                CreatedAt = now,
            };

            var changed = Apply(parsed, page.DocumentName, category, meeting);
            changed |= SetOrganizers(meeting, organizerIds);
            AddDocuments(parsed, page.DocumentName, meeting, now, result);
            if (isNew)
            {
                meeting.UpdatedAt = now;
                db.Meetings.Add(meeting);
                result.Created++;
            }
            else if (changed)
            {
                meeting.UpdatedAt = now;
                result.Updated++;
            }
            else
            {
                result.Unchanged++;
            }

            imported.Add((parsed, meeting));
        }

        await db.SaveChangesAsync(cancellationToken);
        result.RelationsAdded = await RelateMeetingsAsync(imported, cancellationToken);
        result.Skipped.AddRange(page.Skipped);
        result.Warnings.InsertRange(0, page.Warnings);
        return result;
    }

    private bool Apply(ParsedMeeting parsed, string documentName, Category category, Meeting meeting)
    {
        var city = corrections.City(parsed.City);
        var country = corrections.Country(parsed.Country);
        var changed = meeting.Title != parsed.Title
            || meeting.StartDate != parsed.Dates.Start
            || meeting.EndDate != parsed.Dates.End
            || meeting.DatePrecision != parsed.Dates.Precision
            || meeting.City != city
            || meeting.Country != country
            || meeting.IsOnline != parsed.IsOnline
            || meeting.Category != category
            || meeting.Description != parsed.Description
            || meeting.SourceDocument != documentName
            || meeting.SourceLine != parsed.Line
            || meeting.SourceText != parsed.SourceText;
        meeting.Title = parsed.Title;
        meeting.StartDate = parsed.Dates.Start;
        meeting.EndDate = parsed.Dates.End;
        meeting.DatePrecision = parsed.Dates.Precision;
        meeting.City = city;
        meeting.Country = country;
        meeting.IsOnline = parsed.IsOnline;
        meeting.Category = category;
        meeting.Description = parsed.Description;
        meeting.SourceDocument = documentName;
        meeting.SourceLine = parsed.Line;
        meeting.SourceText = parsed.SourceText;
        return changed;
    }

    /// <summary>The document lines under the meeting become its outcome documents, without files (the page gives
    /// none), each with its line. A document the meeting already has under the same title gains the languages it
    /// lacks, and the stated format and size of a version still waiting for its file; nothing an editor attached,
    /// and no document, is removed.</summary>
    private static void AddDocuments(ParsedMeeting parsed, string documentName, Meeting meeting, DateTime now, ImportResult result)
    {
        foreach (var line in parsed.Documents)
        {
            var document = meeting.Outcomes.FirstOrDefault(d => TitleKey(d.Title) == TitleKey(line.Title));
            if (document is null)
            {
                document = new OutcomeDocument
                {
                    Title = line.Title,
                    Kind = line.Kind,
                    Date = line.Issued?.Start,
                    DatePrecision = line.Issued?.Precision ?? DatePrecision.Day,
                    Position = meeting.Outcomes.Count,
                    SourceDocument = documentName,
                    SourceLine = line.Line,
                    SourceText = line.SourceText,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                document.Languages.AddRange(line.Versions.Select(v => new DocumentLanguageVersion { Language = v.Language, StatedFormat = v.Format, StatedSize = v.Size }));
                document.RefreshSearchText();
                meeting.Outcomes.Add(document);
                result.DocumentsCreated++;
                continue;
            }

            var changed = false;
            foreach (var stated in line.Versions)
            {
                var version = document.Languages.FirstOrDefault(v => v.Language == stated.Language);
                if (version is null)
                {
                    document.Languages.Add(new DocumentLanguageVersion { Language = stated.Language, StatedFormat = stated.Format, StatedSize = stated.Size });
                    changed = true;
                }
                else if (version.Url is null && version.StoredFileId is null
                    && (version.StatedFormat != stated.Format || version.StatedSize != stated.Size))
                {
                    version.StatedFormat = stated.Format;
                    version.StatedSize = stated.Size;
                    changed = true;
                }
            }

            if (changed)
            {
                document.UpdatedAt = now;
                result.DocumentsUpdated++;
            }
        }
    }

    private static bool SetOrganizers(Meeting meeting, List<(int? Id, Organization? Pending, string NameAsWritten)> organizers)
    {
        // The same organization named twice in one line ("ITU/International Telecommunication Union") is one
        // organizer, in the place of its first mention.
        var seen = new HashSet<object>();
        organizers = organizers.Where(o => seen.Add((object?)o.Pending ?? o.Id!.Value)).ToList();

        var current = meeting.Organizers.OrderBy(o => o.Position).Select(o => (o.OrganizationId, o.NameAsWritten)).ToList();
        var wanted = organizers.Select(o => (o.Id ?? 0, (string?)o.NameAsWritten)).ToList();
        if (organizers.All(o => o.Id is not null) && current.SequenceEqual(wanted))
        {
            return false;
        }

        // Links to organizations already stored are kept, moved or removed in place; new organizations get new links.
        EntryLinks.SetOrganizers(meeting, organizers.Where(o => o.Id is not null)
            .Select(o => new OrganizerSnapshot(o.Id!.Value, o.NameAsWritten)).ToList());
        for (var position = 0; position < organizers.Count; position++)
        {
            var (id, pending, nameAsWritten) = organizers[position];
            if (pending is not null)
            {
                meeting.Organizers.Add(new MeetingOrganizer { Organization = pending, Position = position, NameAsWritten = nameAsWritten });
            }
            else
            {
                meeting.Organizers.First(o => o.OrganizationId == id).Position = position;
            }
        }

        return true;
    }

    /// <summary>Links the sessions of one line to one another, each imported meeting to the meetings its texts
    /// name by title (quoted, or unquoted if the title is distinctive), and the catalog's meetings whose texts name
    /// an imported one. Only meetings close in time are linked: a series may repeat a title every year.</summary>
    private async Task<int> RelateMeetingsAsync(List<(ParsedMeeting Parsed, Meeting Meeting)> imported, CancellationToken cancellationToken)
    {
        if (imported.Count == 0)
        {
            return 0;
        }

        var ids = imported.Select(i => i.Meeting.Id).ToList();
        var linked = (await db.MeetingRelations.AsNoTracking()
                .Where(r => ids.Contains(r.MeetingId) || ids.Contains(r.RelatedMeetingId))
                .Select(r => new { r.MeetingId, r.RelatedMeetingId })
                .ToListAsync(cancellationToken))
            .Select(r => (r.MeetingId, r.RelatedMeetingId))
            .ToHashSet();
        var added = 0;
        void Link(int from, int to)
        {
            if (from != to && !linked.Contains((from, to)) && !linked.Contains((to, from)))
            {
                db.MeetingRelations.Add(new MeetingRelation { MeetingId = from, RelatedMeetingId = to });
                linked.Add((from, to));
                added++;
            }
        }

        foreach (var series in imported.Where(i => i.Parsed.SessionCount > 1).GroupBy(i => i.Parsed.Line))
        {
            var sessions = series.OrderBy(i => i.Parsed.Session).ToList();
            for (var later = 1; later < sessions.Count; later++)
            {
                for (var earlier = 0; earlier < later; earlier++)
                {
                    Link(sessions[later].Meeting.Id, sessions[earlier].Meeting.Id);
                }
            }
        }

        var from = imported.Min(i => i.Parsed.Dates.Start).AddDays(-MaxReferenceDistanceDays);
        var to = imported.Max(i => i.Parsed.Dates.Start).AddDays(MaxReferenceDistanceDays);
        var nearby = (await db.Meetings.AsNoTracking()
                .Where(m => m.StartDate >= from && m.StartDate <= to)
                .Select(m => new { m.Id, m.Title, m.StartDate })
                .ToListAsync(cancellationToken))
            .Select(m => (m.Id, m.Title, m.StartDate, Key: TitleKey(m.Title),
                Words: TitleMentions.IsDistinctive(m.Title) ? TitleMentions.Normalize(m.Title) : null))
            .ToList();
        bool Close(DateOnly a, DateOnly b) => Math.Abs(a.DayNumber - b.DayNumber) <= MaxReferenceDistanceDays;

        foreach (var (parsed, meeting) in imported)
        {
            var text = TitleMentions.Normalize(parsed.SourceText + "\n" + parsed.Description);
            var ownKey = TitleKey(parsed.Title);
            foreach (var target in nearby.Where(t => Close(t.StartDate, parsed.Dates.Start) && t.Key != ownKey))
            {
                if (parsed.QuotedTitles.Contains(target.Title, StringComparer.Ordinal)
                    || (target.Words is not null && text.Contains(target.Words, StringComparison.Ordinal)))
                {
                    Link(meeting.Id, target.Id);
                }
            }
        }

        // Texts already in the catalog that name a meeting of this page, which they could not link to before it
        // was there. The database narrows them down by the title's words in lower case; the match is then made
        // as above.
        foreach (var (parsed, meeting) in imported.Where(i => TitleMentions.IsDistinctive(i.Parsed.Title)).DistinctBy(i => i.Meeting.Id))
        {
            var lower = parsed.Title.ToLowerInvariant();
            var ownKey = TitleKey(parsed.Title);
            var mentioning = await db.Meetings.AsNoTracking()
                .Where(m => m.StartDate >= from && m.StartDate <= to && !ids.Contains(m.Id)
                    && m.Description != null && m.Description.ToLower().Contains(lower))
                .Select(m => new { m.Id, m.Title, m.StartDate, m.Description })
                .ToListAsync(cancellationToken);
            foreach (var source in mentioning.Where(m => Close(m.StartDate, parsed.Dates.Start) && TitleKey(m.Title) != ownKey))
            {
                if (TitleMentions.Mentions(TitleMentions.Normalize(source.Description!), parsed.Title))
                {
                    Link(source.Id, meeting.Id);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private Category GetOrCreateCategory(string name, List<Category> categories, ImportResult result)
    {
        var category = categories.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (category is not null)
        {
            return category;
        }

        category = new Category
        {
            Name = name,
            Slug = Slug.MakeUnique(Slug.From(name), s => categories.Any(c => c.Slug == s)),
            SortOrder = categories.Count == 0 ? 1 : categories.Max(c => c.SortOrder) + 1,
        };
        categories.Add(category);
        db.Categories.Add(category);
        result.CategoriesCreated.Add(name);
        return category;
    }

    private OrganizationDirectory.Entry CreateOrganization(string nameAsWritten, OrganizationDirectory directory, ImportResult result)
    {
        var proposed = ProposedOrganization(nameAsWritten, directory);
        var organization = new Organization
        {
            Name = proposed.Name,
            Acronym = proposed.Acronym,
            Slug = proposed.Slug,
            Kind = proposed.Name.StartsWith("Government of ", StringComparison.OrdinalIgnoreCase)
                ? OrganizationKind.Government
                : OrganizationKind.Other,
        };
        db.Organizations.Add(organization);
        var entry = new OrganizationDirectory.Entry(0, organization.Slug, organization.Name, organization.Acronym, organization);
        directory.Add(entry, [nameAsWritten]);
        result.OrganizationsCreated.Add(organization.Name);
        return entry;
    }

    /// <summary>The organization a dry run would create, remembered so that a second mention links to it.</summary>
    private static OrganizationRefDto Propose(string nameAsWritten, OrganizationDirectory directory, List<string> notes)
    {
        var proposed = ProposedOrganization(nameAsWritten, directory);
        notes.Add($"organizer not in the directory, to be created: {proposed.Name}");
        directory.Add(new OrganizationDirectory.Entry(0, proposed.Slug, proposed.Name, proposed.Acronym), [nameAsWritten]);
        return proposed;
    }

    private static OrganizationRefDto ProposedOrganization(string nameAsWritten, OrganizationDirectory directory)
    {
        var name = nameAsWritten.Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        string? acronym = null;
        var match = NameWithAcronym().Match(name);
        if (match.Success)
        {
            name = match.Groups["name"].Value;
            acronym = match.Groups["acronym"].Value;
        }

        var slug = Slug.MakeUnique(Slug.From(acronym ?? name), directory.IsSlugTaken);
        return new OrganizationRefDto(slug, name, acronym, Localization.Languages.Default.Code);
    }

    /// <summary>The stored meeting with the same start date and title (<see cref="TitleKey"/>), if any.</summary>
    private async Task<Meeting?> FindExistingAsync(ParsedMeeting parsed, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Meetings.Where(m => m.StartDate == parsed.Dates.Start);
        query = tracked
            ? query.Include(m => m.Organizers).Include(m => m.Outcomes).ThenInclude(d => d.Languages).AsSplitQuery()
            : query.AsNoTracking();
        var key = TitleKey(parsed.Title);
        var sameDay = await query.ToListAsync(cancellationToken);
        return sameDay.FirstOrDefault(m => TitleKey(m.Title) == key);
    }

    private async Task<string> NewMeetingSlugAsync(ParsedMeeting parsed, HashSet<string> takenInBatch, CancellationToken cancellationToken)
    {
        var baseSlug = MeetingSlugs.Base(parsed.Title, parsed.Dates.Start.Year);
        var taken = await db.Meetings.AsNoTracking()
            .Where(m => m.Slug == baseSlug || m.Slug.StartsWith(baseSlug + "-"))
            .Select(m => m.Slug)
            .ToListAsync(cancellationToken);
        taken.AddRange(takenInBatch);
        var slug = Slug.MakeUnique(baseSlug, taken.Contains);
        takenInBatch.Add(slug);
        return slug;
    }

    /// <summary>Titles are the same meeting's if they differ only in case, quotation marks or spacing.</summary>
    public static string TitleKey(string title) =>
        OrganizationNames.Normalize(new string(title.Where(c => c is not ('"' or '“' or '”' or '‘' or '’' or '\'')).ToArray()));
}

/// <summary>A meeting an import would store, and what the parser or the directory was unsure of about it.</summary>
public sealed record ImportPreview(MeetingDetailDto Meeting, IReadOnlyList<string> Notes);

public sealed class ImportResult
{
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int RelationsAdded { get; set; }

    /// <summary>Outcome documents added from the page's document lines, and documents of the catalog that gained
    /// a language or a stated format or size from them.</summary>
    public int DocumentsCreated { get; set; }
    public int DocumentsUpdated { get; set; }
    public List<string> CategoriesCreated { get; } = [];
    public List<string> OrganizationsCreated { get; } = [];
    public List<SourceNote> Skipped { get; } = [];
    public List<SourceNote> Warnings { get; } = [];
}
