using System.Text.Json;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data.Postgres;
using WsisEvents.Web.Import;
using static WsisEvents.Web.Seeding.SeedFiles;

namespace WsisEvents.Web.Seeding;

/// <summary>Fills a new catalog from the source texts and curated files in data/. Each step runs once per
/// database and is recorded in <see cref="WsisDbContext.DataSeeds"/> in the same transaction as its data, so a
/// restart changes nothing, and whatever editors change or delete later is never put back.</summary>
public sealed class DatabaseSeeder(WsisDbContext db, DataDirectory dataDirectory, PlaceCorrections corrections, TimeProvider clock, ILogger<DatabaseSeeder> logger)
{
    public const string SummitCategoryName = "WSIS Summit Events";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await RunOnceAsync("themes", SeedThemesAsync, cancellationToken);
        await RunOnceAsync("theme-translations", SeedThemeTranslationsAsync, cancellationToken);
        await RunOnceAsync("theme-translations:corrections-2026-12", CorrectThemeTranslationsAsync, cancellationToken);
        await RunOnceAsync("organizations", SeedOrganizationsAsync, cancellationToken);
        await RunOnceAsync("affiliations", SeedAffiliationsAsync, cancellationToken);
        await RunOnceAsync("summit-events", SeedSummitEventsAsync, cancellationToken);
        await RunOnceAsync("meetings:" + MeetingsPage, SeedMeetingsPageAsync, cancellationToken);
        await RunOnceAsync("outcomes", SeedOutcomesAsync, cancellationToken);
    }

    private async Task RunOnceAsync(string step, Func<CancellationToken, Task> seed, CancellationToken cancellationToken)
    {
        if (await db.DataSeeds.AnyAsync(s => s.Id == step, cancellationToken))
        {
            return;
        }

        // Asked again inside the transaction: another process (a second instance, an import command) may have run
        // the step in between. SQLite's transactions here start with BEGIN IMMEDIATE, and on PostgreSQL the step takes
        // an advisory lock, so the second asker waits.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AdvisoryLock.TakeAsync(db, AdvisoryLock.Seeding, cancellationToken);
        if (await db.DataSeeds.AnyAsync(s => s.Id == step, cancellationToken))
        {
            return;
        }

        await seed(cancellationToken);
        db.DataSeeds.Add(new DataSeed { Id = step, AppliedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("Seeded {SeedStep}", step);
    }

    private async Task SeedThemesAsync(CancellationToken cancellationToken)
    {
        var themes = Read<List<ThemeRecord>>(Themes);
        var order = 0;
        foreach (var t in themes)
        {
            db.Themes.Add(new Theme { Code = t.Code, Slug = t.Slug, Name = t.Name, Summary = t.Summary, SortOrder = ++order });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The Action Lines' names as the Plan of Action words them in French, Spanish and Arabic; a step of its
    /// own, so that a catalog seeded before translations existed gets them once too. An Action Line that editors
    /// deleted, or that already has a name in that language, is left as it is.</summary>
    private async Task SeedThemeTranslationsAsync(CancellationToken cancellationToken)
    {
        var themes = await db.Themes.Include(t => t.Translations).ToDictionaryAsync(t => t.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        foreach (var record in Read<ThemeTranslationsFile>(ThemeTranslations).Themes)
        {
            if (!themes.TryGetValue(record.Code, out var theme))
            {
                continue;
            }

            foreach (var (language, name) in record.Names)
            {
                if (Localization.Languages.Find(language) is not { IsDefault: false } known)
                {
                    throw new InvalidDataException($"{ThemeTranslations}: '{language}' for {record.Code} is not a language of the site.");
                }

                if (theme.Translations.All(t => t.Language != known.Code))
                {
                    theme.Translations.Add(new ThemeTranslation { Language = known.Code, Name = name });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A name the file once gave and now words otherwise is changed where the database still has it as the
    /// file gave it; a name an editor has changed since is theirs, and stays.</summary>
    private async Task CorrectThemeTranslationsAsync(CancellationToken cancellationToken)
    {
        var themes = await db.Themes.Include(t => t.Translations).ToDictionaryAsync(t => t.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var corrected = 0;
        foreach (var record in Read<ThemeTranslationsFile>(ThemeTranslations).Themes.Where(r => r.Replaces is not null))
        {
            if (!themes.TryGetValue(record.Code, out var theme))
            {
                continue;
            }

            foreach (var (language, earlier) in record.Replaces!)
            {
                if (!record.Names.TryGetValue(language, out var name))
                {
                    throw new InvalidDataException($"{ThemeTranslations}: {record.Code} replaces a name in '{language}' but gives none in it.");
                }

                if (theme.Translations.FirstOrDefault(t => t.Language == language) is { Name: { } current } translation && earlier.Contains(current, StringComparer.Ordinal))
                {
                    translation.Name = name;
                    corrected++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Corrected {Count} name(s) of the Action Lines in other languages", corrected);
    }

    private async Task SeedOrganizationsAsync(CancellationToken cancellationToken)
    {
        var records = Read<List<OrganizationRecord>>(Organizations);
        var bySlug = new Dictionary<string, Organization>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            var organization = new Organization
            {
                Name = r.Name,
                Acronym = r.Acronym,
                Slug = r.Slug,
                Kind = r.Kind,
                Website = r.Website,
                Description = r.Description,
            };
            foreach (var alias in (r.Aliases ?? []).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                organization.Aliases.Add(new OrganizationAlias { Name = alias, NormalizedName = OrganizationNames.Normalize(alias) });
            }

            bySlug.Add(r.Slug, organization);
            db.Organizations.Add(organization);
        }

        foreach (var r in records.Where(r => r.Parent is not null))
        {
            bySlug[r.Slug].Parent = bySlug.TryGetValue(r.Parent!, out var parent)
                ? parent
                : throw new InvalidDataException($"{Organizations}: '{r.Slug}' names an unknown parent '{r.Parent}'.");
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedAffiliationsAsync(CancellationToken cancellationToken)
    {
        var ids = await db.Organizations.ToDictionaryAsync(o => o.Slug, o => o.Id, cancellationToken);
        foreach (var a in Read<List<AffiliationRecord>>(Affiliations))
        {
            if (!PartialDates.TryParse(a.Since, out var since, out var precision))
            {
                throw new InvalidDataException($"{Affiliations}: '{a.Since}' is not a date (yyyy, yyyy-MM or yyyy-MM-dd).");
            }

            db.Affiliations.Add(new Affiliation
            {
                OrganizationId = OrganizationId(ids, a.Organization, Affiliations),
                TargetOrganizationId = OrganizationId(ids, a.Target, Affiliations),
                Kind = a.Kind,
                Since = since,
                SincePrecision = precision,
                SourceDocument = a.SourceDocument,
                SourceText = a.Source,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedSummitEventsAsync(CancellationToken cancellationToken)
    {
        var ids = await db.Organizations.ToDictionaryAsync(o => o.Slug, o => o.Id, cancellationToken);
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Name == SummitCategoryName, cancellationToken);
        if (category is null)
        {
            category = new Category { Name = SummitCategoryName, Slug = Slug.From(SummitCategoryName), SortOrder = 0 };
            db.Categories.Add(category);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var e in Read<List<SummitEventRecord>>(SummitEvents))
        {
            var meeting = new Meeting
            {
                Title = e.Title,
                Slug = e.Slug,
                StartDate = e.Start,
                EndDate = e.End,
                DatePrecision = DatePrecision.Day,
                City = e.City,
                Country = e.Country,
                Venue = e.Venue,
                Category = category,
                Description = e.Description,
                SourceDocument = e.SourceDocument,
                SourceText = e.Source,
                CreatedAt = now,
                UpdatedAt = now,
            };
            var position = 0;
            foreach (var organizer in e.Organizers)
            {
                meeting.Organizers.Add(new MeetingOrganizer { OrganizationId = OrganizationId(ids, organizer, SummitEvents), Position = position++ });
            }

            db.Meetings.Add(meeting);
        }

        await db.SaveChangesAsync(cancellationToken);
        await ApplyThemeMappingAsync(SummitEvents, cancellationToken);
    }

    private async Task SeedMeetingsPageAsync(CancellationToken cancellationToken)
    {
        var importer = new MeetingImporter(db, corrections, clock);
        var parser = await importer.CreateParserAsync(cancellationToken);
        var page = parser.Parse(await File.ReadAllTextAsync(dataDirectory.PathOf(MeetingsPage), cancellationToken), MeetingsPage);
        var result = await importer.ImportWithinTransactionAsync(page, cancellationToken);
        logger.LogInformation(
            "Imported {Document}: {Created} meetings, {Skipped} lines skipped, {Warnings} warnings, {OrganizationsCreated} organizations created",
            MeetingsPage, result.Created, result.Skipped.Count, result.Warnings.Count, result.OrganizationsCreated.Count);
        await ApplyThemeMappingAsync(MeetingsPage, cancellationToken);
    }

    /// <summary>The outcome documents the source texts name, each with the sentence it comes from (checked against
    /// its line of the source: a sentence that is not there is an error in data/), and the summit's own outcomes
    /// with their symbols. No files or links: the texts give none; each version waits for an editor.</summary>
    private async Task SeedOutcomesAsync(CancellationToken cancellationToken)
    {
        // Only the meetings the records can name (by start day or slug), read along the start-date index: a catalog
        // of a million meetings upgraded to this step must not be loaded whole.
        var meetingRecords = Read<List<MeetingOutcomeRecord>>(MeetingOutcomes);
        var summitRecords = Read<List<SummitOutcomeRecord>>(SummitOutcomes);
        var starts = meetingRecords.Select(r => r.Start).Distinct().ToArray();
        var slugs = summitRecords.Select(r => r.Meeting).Distinct().ToArray();
        var meetings = await db.Meetings.Include(m => m.Outcomes)
            .Where(m => starts.Contains(m.StartDate) || slugs.Contains(m.Slug))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var sources = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var r in meetingRecords)
        {
            if (!sources.TryGetValue(r.SourceDocument, out var lines))
            {
                lines = (await File.ReadAllTextAsync(dataDirectory.PathOf(r.SourceDocument), cancellationToken)).Split('\n');
                sources.Add(r.SourceDocument, lines);
            }

            if (r.Line < 1 || r.Line > lines.Length || !lines[r.Line - 1].Contains(r.Source, StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"{MeetingOutcomes}: \"{r.Title}\" cites a sentence that is not on line {r.Line} of {r.SourceDocument}: \"{r.Source}\".");
            }

            var meeting = meetings.FirstOrDefault(m =>
                m.StartDate == r.Start && MeetingImporter.TitleKey(m.Title) == MeetingImporter.TitleKey(r.Meeting))
                ?? throw new InvalidDataException($"{MeetingOutcomes}: no meeting \"{r.Meeting}\" starts on {r.Start:yyyy-MM-dd}.");
            var document = NewOutcome(meeting, r.Title, r.Kind, r.Date, MeetingOutcomes, now);
            document.SourceDocument = r.SourceDocument;
            document.SourceLine = r.Line;
            document.SourceText = r.Source;
            // The source is an English page; the version waits for its file or link.
            document.Languages.Add(new DocumentLanguageVersion { Language = "en" });
            document.RefreshSearchText();
        }

        foreach (var r in summitRecords)
        {
            var meeting = meetings.FirstOrDefault(m => m.Slug == r.Meeting)
                ?? throw new InvalidDataException($"{SummitOutcomes}: no meeting has the slug '{r.Meeting}'.");
            var document = NewOutcome(meeting, r.Title, r.Kind, r.Date, SummitOutcomes, now);
            document.Symbol = DocumentSymbol.Normalize(r.Symbol)
                ?? throw new InvalidDataException($"{SummitOutcomes}: '{r.Symbol}' is not a UN document symbol.");
            document.Summary = r.Summary;
            document.Languages.AddRange(r.Languages.Select(language => new DocumentLanguageVersion { Language = language }));
            document.RefreshSearchText();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static OutcomeDocument NewOutcome(Meeting meeting, string title, OutcomeKind kind, string? date, string file, DateTime now)
    {
        if (!PartialDates.TryParse(date, out var issued, out var precision))
        {
            throw new InvalidDataException($"{file}: '{date}' is not a date (yyyy, yyyy-MM or yyyy-MM-dd).");
        }

        var document = new OutcomeDocument
        {
            Title = title,
            Kind = kind,
            Date = issued,
            DatePrecision = precision,
            Position = meeting.Outcomes.Count,
            CreatedAt = now,
            UpdatedAt = now,
        };
        meeting.Outcomes.Add(document);
        return document;
    }

    /// <summary>Gives the meetings seeded from <paramref name="document"/> their Action Lines from the curated
    /// mapping. A mapping entry for one of them that matches no meeting is an error in data/, not something to
    /// skip quietly.</summary>
    private async Task ApplyThemeMappingAsync(string document, CancellationToken cancellationToken)
    {
        var themes = await db.Themes.ToDictionaryAsync(t => t.Code, t => t.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var summitSlugs = document == SummitEvents ? Read<List<SummitEventRecord>>(SummitEvents).Select(e => e.Slug).ToList() : [];
        var seededHere = await db.Meetings.Include(m => m.Themes)
            .Where(m => document == SummitEvents ? summitSlugs.Contains(m.Slug) : m.SourceDocument == document)
            .ToListAsync(cancellationToken);
        var mapping = Read<List<MeetingThemesRecord>>(MeetingThemes);
        foreach (var meeting in seededHere)
        {
            var entry = mapping.FirstOrDefault(e =>
                e.Start == meeting.StartDate && MeetingImporter.TitleKey(e.Title) == MeetingImporter.TitleKey(meeting.Title))
                ?? throw new InvalidDataException($"{MeetingThemes} has no Action Lines for \"{meeting.Title}\" ({meeting.StartDate:yyyy-MM-dd}).");
            foreach (var code in entry.Themes)
            {
                var themeId = themes.TryGetValue(code, out var id)
                    ? id
                    : throw new InvalidDataException($"{MeetingThemes}: unknown Action Line '{code}' for \"{entry.Title}\".");
                if (meeting.Themes.All(t => t.ThemeId != themeId))
                {
                    meeting.Themes.Add(new MeetingTheme { ThemeId = themeId });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static int OrganizationId(Dictionary<string, int> ids, string slug, string file) =>
        ids.TryGetValue(slug, out var id) ? id : throw new InvalidDataException($"{file} names an unknown organization '{slug}'.");

    private T Read<T>(string file)
    {
        var path = dataDirectory.PathOf(file);
        return JsonSerializer.Deserialize<T>(File.ReadAllText(path), JsonOptions.Data)
            ?? throw new InvalidDataException($"{path} is empty.");
    }
}
