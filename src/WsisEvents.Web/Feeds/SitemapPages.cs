using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Feeds;

/// <summary>The public pages a sitemap lists, read from the catalog.</summary>
public static class SitemapPages
{
    /// <summary>How many pages there are and the catalog's latest change (the latest meeting's), for the version.</summary>
    public static async Task<(int Count, DateTime Latest)> CountAndLatestAsync(WsisDbContext db, CancellationToken cancellationToken)
    {
        var count = await db.Meetings.CountAsync(cancellationToken)
            + await db.Themes.CountAsync(cancellationToken)
            + await db.Organizations.CountAsync(cancellationToken);
        var latest = await db.Meetings.MaxAsync(m => (DateTime?)m.UpdatedAt, cancellationToken) ?? DateTime.UnixEpoch;
        return (count, DateTime.SpecifyKind(latest, DateTimeKind.Utc));
    }

    /// <summary>Pages other than a meeting's change with the catalog, whose latest change is <paramref name="latest"/>.</summary>
    public static async Task<List<Sitemap.Page>> AllAsync(WsisDbContext db, DateTime latest, CancellationToken cancellationToken)
    {
        List<Sitemap.Page> pages = [new("/", latest), new("/meetings", latest)];
        pages.AddRange((await db.Meetings.AsNoTracking().InOrder(newestFirst: false).Select(m => new { m.Slug, m.UpdatedAt }).ToListAsync(cancellationToken))
            .Select(m => new Sitemap.Page(MeetingUrls.Page(m.Slug), DateTime.SpecifyKind(m.UpdatedAt, DateTimeKind.Utc))));
        pages.Add(new(DocumentUrls.List, latest));
        pages.Add(new("/themes", latest));
        pages.AddRange((await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => t.Slug).ToListAsync(cancellationToken))
            .Select(slug => new Sitemap.Page(FeedUrls.ThemePage(slug), latest)));
        pages.Add(new("/organizations", latest));
        pages.AddRange((await db.Organizations.AsNoTracking().OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => o.Slug).ToListAsync(cancellationToken))
            .Select(slug => new Sitemap.Page(FeedUrls.OrganizationPage(slug), latest)));
        return pages;
    }
}
