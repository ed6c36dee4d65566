namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>The choices of the forms' lists.</summary>
public static class FormOptions
{
    /// <summary>The directory by name, "Name (ACRONYM)", without <paramref name="except"/>.</summary>
    public static async Task<IReadOnlyList<(int Id, string Label)>> OrganizationsAsync(this WsisDbContext db, int? except, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking().Where(o => except == null || o.Id != except).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Acronym }).ToListAsync(cancellationToken);
        return organizations.Select(o => (o.Id, o.Acronym is null ? o.Name : $"{o.Name} ({o.Acronym})")).ToList();
    }

    /// <summary>Acronym, or name, by id: how a list of organizers reads in a conflict.</summary>
    public static Task<Dictionary<int, string>> OrganizationShortNamesAsync(this WsisDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        return db.Organizations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Acronym ?? o.Name, cancellationToken);
    }
}
