using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Catalog;

public static class OrganizationQueries
{
    /// <summary>How many of an organization's meetings its detail carries; the rest are a filtered list away.</summary>
    public const int MeetingsInDetail = 100;

    public static async Task<PagedResult<OrganizationListItemDto>> ListAsync(
        WsisDbContext db, string? text, OrganizationKind? kind, Paging paging, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations.AsNoTracking();
        if (kind is { } k)
        {
            organizations = organizations.Where(o => o.Kind == k);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = LikePattern.Containing(text.Trim());
            organizations = db.Database.IsNpgsql()
                ? organizations.Where(o =>
                    EF.Functions.ILike(o.Name, pattern, LikePattern.Escape)
                    || EF.Functions.ILike(o.Acronym!, pattern, LikePattern.Escape)
                    || o.Aliases.Any(a => EF.Functions.ILike(a.Name, pattern, LikePattern.Escape))
                    || o.Translations.Any(t => EF.Functions.ILike(t.Name!, pattern, LikePattern.Escape)))
                : organizations.Where(o =>
                    EF.Functions.Like(o.Name, pattern, LikePattern.Escape)
                    || EF.Functions.Like(o.Acronym!, pattern, LikePattern.Escape)
                    || o.Aliases.Any(a => EF.Functions.Like(a.Name, pattern, LikePattern.Escape))
                    || o.Translations.Any(t => EF.Functions.Like(t.Name!, pattern, LikePattern.Escape)));
        }

        // In the reader's language, the directory is in the order of the names it shows: the translated name where
        // there is one, else the original.
        var language = Languages.Current;
        var total = await organizations.CountAsync(cancellationToken);
        IQueryable<DirectoryRow> rows = language.IsDefault
            ? organizations.OrderBy(o => o.Name).ThenBy(o => o.Id)
                .Select(o => new DirectoryRow(o.Slug, o.Name, null, o.Acronym, o.Kind, o.OrganizedMeetings.Count))
            : organizations
                .Select(o => new { Organization = o, Translated = o.Translations.Where(t => t.Language == language.Code).Select(t => t.Name).FirstOrDefault() })
                .OrderBy(x => x.Translated ?? x.Organization.Name).ThenBy(x => x.Organization.Id)
                .Select(x => new DirectoryRow(x.Organization.Slug, x.Organization.Name, x.Translated, x.Organization.Acronym, x.Organization.Kind, x.Organization.OrganizedMeetings.Count));
        var items = (await rows.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken))
            .Select(o => new OrganizationListItemDto(
                o.Slug, o.Translated ?? o.Name, o.Translated is null ? Languages.Default.Code : language.Code, o.Acronym, o.Kind, o.MeetingCount))
            .ToList();
        return new PagedResult<OrganizationListItemDto>(items, total, paging.Page, paging.PageSize);
    }

    /// <summary>An organization's page: its name, description and affiliations' sentences in the request's language
    /// where translations give them, each with the language it is in, and the names of the organizations it links to
    /// likewise.</summary>
    public static async Task<OrganizationDetailDto?> FindDetailAsync(WsisDbContext db, string slug, CancellationToken cancellationToken)
    {
        var language = Languages.Current;
        var row = await db.Organizations.AsNoTracking().AsSplitQuery()
            .Where(o => o.Slug == slug)
            .Select(o => new
            {
                o.Id,
                o.Slug,
                o.Name,
                o.Acronym,
                o.Kind,
                Parent = o.Parent == null ? null : new OrganizationRefDto(o.Parent.Slug, o.Parent.Name, o.Parent.Acronym, "en"),
                Children = o.Children.OrderBy(c => c.Name).Select(c => new OrganizationRefDto(c.Slug, c.Name, c.Acronym, "en")).ToList(),
                o.Website,
                o.Description,
                Translation = o.Translations.Where(t => t.Language == language.Code).Select(t => new { t.Name, t.Description }).FirstOrDefault(),
                Affiliations = o.Affiliations
                    .Select(a => new
                    {
                        Target = new OrganizationRefDto(a.TargetOrganization!.Slug, a.TargetOrganization.Name, a.TargetOrganization.Acronym, "en"),
                        a.Kind,
                        a.Since,
                        a.SincePrecision,
                        a.SourceText,
                        TranslatedSource = a.Translations.Where(t => t.Language == language.Code).Select(t => t.SourceText).FirstOrDefault(),
                    })
                    .ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var organized = db.Filter(new MeetingFilter { OrganizerId = row.Id });
        var meetingCount = await organized.CountAsync(cancellationToken);
        var meetings = await db.ListItemsAsync(organized.InOrder(newestFirst: false).Take(MeetingsInDetail), cancellationToken);
        var affiliatedRows = await db.Affiliations.AsNoTracking()
            .Where(a => a.TargetOrganizationId == row.Id)
            .Select(a => new
            {
                Organization = new OrganizationRefDto(a.Organization!.Slug, a.Organization.Name, a.Organization.Acronym, "en"),
                a.Kind,
                a.Since,
                a.SincePrecision,
                a.SourceText,
                TranslatedSource = a.Translations.Where(t => t.Language == language.Code).Select(t => t.SourceText).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var names = await EntryNames.LoadAsync(
            db, language,
            [.. row.Children.Select(c => c.Slug), .. row.Affiliations.Select(a => a.Target.Slug), .. affiliatedRows.Select(a => a.Organization.Slug),
                .. row.Parent is null ? [] : new[] { row.Parent.Slug }],
            withCategories: false, cancellationToken);
        var affiliated = affiliatedRows
            .Select(a => new AffiliatedDto(names.In(a.Organization), a.Kind, PartialDates.Format(a.Since, a.SincePrecision),
                a.TranslatedSource ?? a.SourceText, SourceLanguage(a.TranslatedSource)))
            .OrderBy(a => a.Organization.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Kind)
            .ToList();
        var affiliations = row.Affiliations
            .Select(a => new AffiliationDto(names.In(a.Target), a.Kind, PartialDates.Format(a.Since, a.SincePrecision),
                a.TranslatedSource ?? a.SourceText, SourceLanguage(a.TranslatedSource)))
            .OrderBy(a => a.Kind)
            .ThenBy(a => a.Target.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var name = row.Translation?.Name;
        var description = row.Translation?.Description;
        return new OrganizationDetailDto(
            row.Slug, name ?? row.Name, name is null ? Languages.Default.Code : language.Code, row.Acronym, row.Kind,
            row.Parent is null ? null : names.In(row.Parent), [.. row.Children.Select(names.In)], row.Website,
            description ?? row.Description, description is null ? Languages.Default.Code : language.Code,
            affiliations, affiliated, meetingCount, meetings);

        string SourceLanguage(string? translated) => translated is null ? Languages.Default.Code : language.Code;
    }

    private sealed record DirectoryRow(string Slug, string Name, string? Translated, string? Acronym, OrganizationKind Kind, int MeetingCount);
}
