namespace WsisEvents.Web.Catalog;

public static class ThemeQueries
{
    public static async Task<IReadOnlyList<ThemeDto>> ListAsync(WsisDbContext db, CancellationToken cancellationToken) =>
        await db.Themes.AsNoTracking()
            .OrderBy(t => t.SortOrder)
            .Select(t => new ThemeDto(t.Slug, t.Code, t.Name, t.Summary, t.Meetings.Count))
            .ToListAsync(cancellationToken);

    public static Task<int> IdOfAsync(WsisDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Themes.Where(t => t.Slug == slug).Select(t => t.Id).FirstAsync(cancellationToken);
}
