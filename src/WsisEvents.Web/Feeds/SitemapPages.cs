using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Feeds;

/// <summary>How many addresses one sitemap file holds, <c>Sitemaps:UrlsPerFile</c>.</summary>
public sealed class SitemapOptions
{
    public const string Section = "Sitemaps";

    /// <summary>10,000 by default: a file of about 9 MB with its alternates, well under the protocol's 50 MB.</summary>
    public int UrlsPerFile { get; set; } = 10_000;
}

/// <summary>The public pages the sitemaps list, read from the catalog, and the files they are split into: one of
/// the pages that are not an entry's (home, the lists) and of the Action Lines, then the meetings and the
/// organizations by id, each file a range of <c>UrlsPerFile</c> ids. A meeting stays in its file whatever is added
/// or deleted around it, so the files a crawler holds stay valid; a range whose entries are all deleted has no
/// file.</summary>
public static class SitemapPages
{
    public const string PagesFile = "/sitemaps/pages.xml";

    public static string MeetingsFile(int part) => $"/sitemaps/meetings-{part}.xml";

    public static string OrganizationsFile(int part) => $"/sitemaps/organizations-{part}.xml";

    /// <summary>How many pages there are and the catalog's latest change (the latest meeting's), for the version.</summary>
    public static async Task<(int Count, DateTime Latest)> CountAndLatestAsync(WsisDbContext db, CancellationToken cancellationToken)
    {
        var count = await db.Meetings.CountAsync(cancellationToken)
            + await db.Themes.CountAsync(cancellationToken)
            + await db.Organizations.CountAsync(cancellationToken);
        var latest = await db.Meetings.MaxAsync(m => (DateTime?)m.UpdatedAt, cancellationToken) ?? DateTime.UnixEpoch;
        return (count, Utc(latest));
    }

    /// <summary>The files of the index, each with the latest change of what it lists: the meetings' own, and the
    /// catalog's, <paramref name="latest"/>, for the other pages, which show the meetings.</summary>
    public static async Task<List<Sitemap.Page>> FilesAsync(WsisDbContext db, DateTime latest, int urlsPerFile, CancellationToken cancellationToken)
    {
        List<Sitemap.Page> files = [new(PagesFile, latest)];
        var meetingParts = await db.Meetings
            .GroupBy(m => (m.Id - 1) / urlsPerFile)
            .Select(g => new { Part = g.Key + 1, Latest = g.Max(m => m.UpdatedAt) })
            .OrderBy(p => p.Part)
            .ToListAsync(cancellationToken);
        files.AddRange(meetingParts.Select(p => new Sitemap.Page(MeetingsFile(p.Part), Utc(p.Latest))));
        var organizationParts = await db.Organizations
            .Select(o => (o.Id - 1) / urlsPerFile + 1)
            .Distinct()
            .OrderBy(part => part)
            .ToListAsync(cancellationToken);
        files.AddRange(organizationParts.Select(part => new Sitemap.Page(OrganizationsFile(part), latest)));
        return files;
    }

    /// <summary>The pages that are not an entry's, and the Action Lines (eleven of them, and few more to come).</summary>
    public static async Task<List<Sitemap.Page>> PagesAsync(WsisDbContext db, DateTime latest, CancellationToken cancellationToken)
    {
        List<Sitemap.Page> pages = [new("/", latest), new("/meetings", latest), new(DocumentUrls.List, latest), new("/themes", latest)];
        pages.AddRange((await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => t.Slug).ToListAsync(cancellationToken))
            .Select(slug => new Sitemap.Page(FeedUrls.ThemePage(slug), latest)));
        pages.Add(new("/organizations", latest));
        return pages;
    }

    /// <summary>The meetings of file <paramref name="part"/>, by id, each with its last change; none for a part
    /// below 1 or past the last.</summary>
    public static async Task<List<Sitemap.Page>> MeetingsAsync(WsisDbContext db, int part, int urlsPerFile, CancellationToken cancellationToken)
    {
        var (after, upTo) = IdRange(part, urlsPerFile);
        return (await db.Meetings.AsNoTracking()
                .Where(m => m.Id > after && m.Id <= upTo)
                .OrderBy(m => m.Id)
                .Select(m => new { m.Slug, m.UpdatedAt })
                .ToListAsync(cancellationToken))
            .ConvertAll(m => new Sitemap.Page(MeetingUrls.Page(m.Slug), Utc(m.UpdatedAt)));
    }

    /// <summary>The organizations of file <paramref name="part"/>, by id; their pages show meetings, so they change
    /// with the catalog, <paramref name="latest"/>.</summary>
    public static async Task<List<Sitemap.Page>> OrganizationsAsync(
        WsisDbContext db, int part, int urlsPerFile, DateTime latest, CancellationToken cancellationToken)
    {
        var (after, upTo) = IdRange(part, urlsPerFile);
        return (await db.Organizations.AsNoTracking()
                .Where(o => o.Id > after && o.Id <= upTo)
                .OrderBy(o => o.Id)
                .Select(o => o.Slug)
                .ToListAsync(cancellationToken))
            .ConvertAll(slug => new Sitemap.Page(FeedUrls.OrganizationPage(slug), latest));
    }

    /// <summary>Ids above the first and up to the second; a part below 1 or beyond any id gives an empty range, not an
    /// overflow.</summary>
    private static (int After, int UpTo) IdRange(int part, int urlsPerFile)
    {
        var after = ((long)part - 1) * urlsPerFile;
        return part < 1 || after >= int.MaxValue ? (0, 0) : ((int)after, (int)Math.Min(int.MaxValue, after + urlsPerFile));
    }

    private static DateTime Utc(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);
}
