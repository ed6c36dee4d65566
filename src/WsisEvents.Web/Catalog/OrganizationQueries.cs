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
                    || o.Aliases.Any(a => EF.Functions.ILike(a.Name, pattern, LikePattern.Escape)))
                : organizations.Where(o =>
                    EF.Functions.Like(o.Name, pattern, LikePattern.Escape)
                    || EF.Functions.Like(o.Acronym!, pattern, LikePattern.Escape)
                    || o.Aliases.Any(a => EF.Functions.Like(a.Name, pattern, LikePattern.Escape)));
        }

        var total = await organizations.CountAsync(cancellationToken);
        var items = await organizations
            .OrderBy(o => o.Name)
            .ThenBy(o => o.Id)
            .Skip(paging.Skip)
            .Take(paging.PageSize)
            .Select(o => new OrganizationListItemDto(o.Slug, o.Name, o.Acronym, o.Kind, o.OrganizedMeetings.Count))
            .ToListAsync(cancellationToken);
        return new PagedResult<OrganizationListItemDto>(items, total, paging.Page, paging.PageSize);
    }

    public static async Task<OrganizationDetailDto?> FindDetailAsync(WsisDbContext db, string slug, CancellationToken cancellationToken)
    {
        var row = await db.Organizations.AsNoTracking().AsSplitQuery()
            .Where(o => o.Slug == slug)
            .Select(o => new
            {
                o.Id,
                o.Slug,
                o.Name,
                o.Acronym,
                o.Kind,
                Parent = o.Parent == null ? null : new OrganizationRefDto(o.Parent.Slug, o.Parent.Name, o.Parent.Acronym),
                Children = o.Children.OrderBy(c => c.Name).Select(c => new OrganizationRefDto(c.Slug, c.Name, c.Acronym)).ToList(),
                o.Website,
                o.Description,
                Affiliations = o.Affiliations
                    .Select(a => new
                    {
                        Target = new OrganizationRefDto(a.TargetOrganization!.Slug, a.TargetOrganization.Name, a.TargetOrganization.Acronym),
                        a.Kind,
                        a.Since,
                        a.SincePrecision,
                        a.SourceText,
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
        var affiliated = (await db.Affiliations.AsNoTracking()
                .Where(a => a.TargetOrganizationId == row.Id)
                .Select(a => new
                {
                    Organization = new OrganizationRefDto(a.Organization!.Slug, a.Organization.Name, a.Organization.Acronym),
                    a.Kind,
                    a.Since,
                    a.SincePrecision,
                    a.SourceText,
                })
                .ToListAsync(cancellationToken))
            .OrderBy(a => a.Organization.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Kind)
            .Select(a => new AffiliatedDto(a.Organization, a.Kind, PartialDates.Format(a.Since, a.SincePrecision), a.SourceText))
            .ToList();
        var affiliations = row.Affiliations
            .OrderBy(a => a.Kind)
            .ThenBy(a => a.Target.Name, StringComparer.OrdinalIgnoreCase)
            .Select(a => new AffiliationDto(a.Target, a.Kind, PartialDates.Format(a.Since, a.SincePrecision), a.SourceText))
            .ToList();
        return new OrganizationDetailDto(row.Slug, row.Name, row.Acronym, row.Kind, row.Parent, row.Children, row.Website,
            row.Description, affiliations, affiliated, meetingCount, meetings);
    }
}
