using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Data;

namespace WsisEvents.Web.Catalog;

public static class ThemeQueries
{
    public static Task<List<ThemeDto>> ListAsync(WsisDbContext db, CancellationToken cancellationToken) =>
        db.Themes.AsNoTracking()
            .OrderBy(t => t.SortOrder)
            .Select(t => new ThemeDto(t.Slug, t.Code, t.Name, t.Summary, t.Meetings.Count))
            .ToListAsync(cancellationToken);
}
