namespace WsisEvents.Web.Catalog;

/// <summary>A page of one of the admin area's lists, with the search text it was filtered by.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, string? Query)
{
    public int TotalPages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}

public sealed record MeetingRow(int Id, string Slug, string Title, DateOnly StartDate, DateOnly EndDate, DatePrecision Precision, string Category, DateTime UpdatedAt)
{
    public string Dates => DateRangeText.Format(StartDate, EndDate, Precision);
}

public sealed record OrganizationRow(int Id, string Slug, string Name, string? Acronym, OrganizationKind Kind, int MeetingCount);

public sealed record AffiliationRow(int Id, string Organization, AffiliationKind Kind, string Target, string? Since);

public sealed record CategoryRow(int Id, string Name, string Slug, int SortOrder, int MeetingCount);

public sealed record ThemeRow(int Id, string Code, string Name, string Slug, int MeetingCount);

public sealed record HistoryRow(long Id, DateTime At, string UserName, ChangeAction Action, string EntityType, int EntityId, string EntityName);

/// <summary>The lists the editors work from: every entry (not only what the public pages show), newest changes and
/// own searches included.</summary>
public static class EditorLists
{
    public const int PageSize = 50;

    /// <summary>The newest first; <paramref name="q"/> finds a part of the title or the address.</summary>
    public static async Task<ListPage<MeetingRow>> MeetingsAsync(this WsisDbContext db, string? q, int? page, CancellationToken cancellationToken)
    {
        var meetings = db.Meetings.AsNoTracking();
        if (Containing(q) is { } pattern)
        {
            meetings = db.Database.IsNpgsql()
                ? meetings.Where(m => EF.Functions.ILike(m.Title, pattern, LikePattern.Escape) || EF.Functions.ILike(m.Slug, pattern, LikePattern.Escape))
                : meetings.Where(m => EF.Functions.Like(m.Title, pattern, LikePattern.Escape) || EF.Functions.Like(m.Slug, pattern, LikePattern.Escape));
        }

        return await PageAsync(meetings.InOrder(newestFirst: true), page, q,
            m => new MeetingRow(m.Id, m.Slug, m.Title, m.StartDate, m.EndDate, m.DatePrecision, m.Category!.Name, m.UpdatedAt), cancellationToken);
    }

    /// <summary>By name; <paramref name="q"/> finds a part of the name or the acronym.</summary>
    public static async Task<ListPage<OrganizationRow>> OrganizationsAsync(this WsisDbContext db, string? q, int? page, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations.AsNoTracking();
        if (Containing(q) is { } pattern)
        {
            organizations = db.Database.IsNpgsql()
                ? organizations.Where(o => EF.Functions.ILike(o.Name, pattern, LikePattern.Escape) || EF.Functions.ILike(o.Acronym!, pattern, LikePattern.Escape))
                : organizations.Where(o => EF.Functions.Like(o.Name, pattern, LikePattern.Escape) || EF.Functions.Like(o.Acronym!, pattern, LikePattern.Escape));
        }

        return await PageAsync(organizations.OrderBy(o => o.Name), page, q,
            o => new OrganizationRow(o.Id, o.Slug, o.Name, o.Acronym, o.Kind, o.OrganizedMeetings.Count), cancellationToken);
    }

    /// <summary>By holder and target; with <paramref name="organization"/>, those it holds or is the target of.</summary>
    public static async Task<ListPage<AffiliationRow>> AffiliationsAsync(this WsisDbContext db, int? organization, int? page, CancellationToken cancellationToken)
    {
        var affiliations = db.Affiliations.AsNoTracking();
        if (organization is { } id)
        {
            affiliations = affiliations.Where(a => a.OrganizationId == id || a.TargetOrganizationId == id);
        }

        var rows = await PageAsync(affiliations.OrderBy(a => a.Organization!.Name).ThenBy(a => a.TargetOrganization!.Name), page, null,
            a => new { a.Id, Organization = a.Organization!.Name, Target = a.TargetOrganization!.Name, a.Kind, a.Since, a.SincePrecision }, cancellationToken);
        var items = rows.Items.Select(a => new AffiliationRow(a.Id, a.Organization, a.Kind, a.Target, PartialDates.Format(a.Since, a.SincePrecision))).ToList();
        return new ListPage<AffiliationRow>(items, rows.Total, rows.Page, rows.PageSize, null);
    }

    public static Task<List<CategoryRow>> CategoriesAsync(this WsisDbContext db, CancellationToken cancellationToken) =>
        db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryRow(c.Id, c.Name, c.Slug, c.SortOrder, c.Meetings.Count)).ToListAsync(cancellationToken);

    public static Task<List<ThemeRow>> ThemesAsync(this WsisDbContext db, CancellationToken cancellationToken) =>
        db.Themes.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new ThemeRow(t.Id, t.Code, t.Name, t.Slug, t.Meetings.Count)).ToListAsync(cancellationToken);

    /// <summary>The newest change first; of one kind of entry, or of one entry.</summary>
    public static Task<ListPage<HistoryRow>> HistoryAsync(this WsisDbContext db, string? type, int? id, int? page, CancellationToken cancellationToken)
    {
        var records = db.ChangeRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(type))
        {
            records = records.Where(c => c.EntityType == type);
        }

        if (id is { } entityId)
        {
            records = records.Where(c => c.EntityId == entityId);
        }

        return PageAsync(records.OrderByDescending(c => c.Id), page, null, HistoryRowOf, cancellationToken);
    }

    public static Task<List<HistoryRow>> RecentChangesAsync(this WsisDbContext db, int count, CancellationToken cancellationToken) =>
        db.ChangeRecords.AsNoTracking().OrderByDescending(c => c.Id).Take(count).Select(HistoryRowOf).ToListAsync(cancellationToken);

    private static readonly System.Linq.Expressions.Expression<Func<ChangeRecord, HistoryRow>> HistoryRowOf =
        c => new HistoryRow(c.Id, c.At, c.UserName, c.Action, c.EntityType, c.EntityId, c.EntityName);

    private static string? Containing(string? q) => string.IsNullOrWhiteSpace(q) ? null : LikePattern.Containing(q.Trim());

    private static async Task<ListPage<TRow>> PageAsync<TEntity, TRow>(
        IQueryable<TEntity> ordered, int? page, string? q, System.Linq.Expressions.Expression<Func<TEntity, TRow>> row, CancellationToken cancellationToken)
    {
        var number = Math.Clamp(page ?? 1, 1, 1_000_000);
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((number - 1) * PageSize).Take(PageSize).Select(row).ToListAsync(cancellationToken);
        return new ListPage<TRow>(items, total, number, PageSize, q);
    }
}
