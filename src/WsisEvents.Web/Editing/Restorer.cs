using System.Security.Claims;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Editing;

/// <summary>Puts an entry back as a change record shows it (its state before or after that change), recreating it
/// under its old id if it was deleted. The restore is itself recorded, so it can be undone the same way.</summary>
public sealed class Restorer(WsisDbContext db, ChangeHistory history, TimeProvider clock)
{
    /// <param name="Restored">Whether the entry was put back.</param>
    /// <param name="Message">What the editor is told, worded in their language where it is shown.</param>
    /// <param name="EditUrl">The restored entry's form, where the editor is sent.</param>
    public sealed record Outcome(bool Restored, Notice Message, string? EditUrl);

    public async Task<Outcome> RestoreAsync(ClaimsPrincipal user, long recordId, bool useBefore, CancellationToken cancellationToken)
    {
        var record = await db.ChangeRecords.AsNoTracking().FirstOrDefaultAsync(c => c.Id == recordId, cancellationToken);
        var json = useBefore ? record?.Before : record?.After;
        if (record is null || json is null)
        {
            return new Outcome(false, "That version does not exist in the history.", null);
        }

        try
        {
            return record.EntityType switch
            {
                ChangeHistory.EntityTypes.Meeting => await RestoreMeetingAsync(user, ChangeHistory.Read<MeetingSnapshot>(json)!, cancellationToken),
                ChangeHistory.EntityTypes.Organization => await RestoreOrganizationAsync(user, ChangeHistory.Read<OrganizationSnapshot>(json)!, cancellationToken),
                ChangeHistory.EntityTypes.Affiliation => await RestoreAffiliationAsync(user, ChangeHistory.Read<AffiliationSnapshot>(json)!, cancellationToken),
                ChangeHistory.EntityTypes.Category => await RestoreCategoryAsync(user, ChangeHistory.Read<CategorySnapshot>(json)!, cancellationToken),
                ChangeHistory.EntityTypes.Theme => await RestoreThemeAsync(user, ChangeHistory.Read<ThemeSnapshot>(json)!, cancellationToken),
                ChangeHistory.EntityTypes.OutcomeDocument => await RestoreDocumentAsync(user, ChangeHistory.Read<OutcomeDocumentSnapshot>(json)!, cancellationToken),
                _ => new Outcome(false, "This kind of change cannot be restored.", null),
            };
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new Outcome(false, "The restore would clash with the catalog as it is now (an address, name or alias is taken, or the entry changed meanwhile). Nothing was changed.", null);
        }
    }

    private async Task<Outcome> RestoreMeetingAsync(ClaimsPrincipal user, MeetingSnapshot snapshot, CancellationToken cancellationToken)
    {
        var problems = new List<Notice>();
        if (!await db.Categories.AnyAsync(c => c.Id == snapshot.CategoryId, cancellationToken))
        {
            problems.Add("its category no longer exists");
        }

        var organizerIds = snapshot.Organizers.Select(o => o.OrganizationId).ToList();
        if (await db.Organizations.CountAsync(o => organizerIds.Contains(o.Id), cancellationToken) != organizerIds.Distinct().Count())
        {
            problems.Add("one of its organizers no longer exists");
        }

        if (await db.Themes.CountAsync(t => snapshot.ThemeIds.Contains(t.Id), cancellationToken) != snapshot.ThemeIds.Count)
        {
            problems.Add("one of its Action Lines no longer exists");
        }

        if (await db.Meetings.AnyAsync(m => m.Slug == snapshot.Slug && m.Id != snapshot.Id, cancellationToken))
        {
            problems.Add(new("another meeting now has its address {0}", $"/meetings/{snapshot.Slug}"));
        }

        if (problems.Count > 0)
        {
            return new Outcome(false, new("This version cannot be restored: {0}.", problems), null);
        }

        var (meeting, before) = await PutBackAsync(
            user, ChangeHistory.EntityTypes.Meeting, snapshot, db.Meetings.Include(m => m.Organizers).Include(m => m.Themes).Include(m => m.Translations), MeetingSnapshot.Of, m => m.Title, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (before is null)
        {
            meeting.CreatedAt = now;
        }

        meeting.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(true, new("The meeting {0} was restored.", $"“{meeting.Title}”"), $"/admin/meetings/{meeting.Id}/edit");
    }

    /// <summary>A document with its language versions and their files, which were kept when it was deleted.</summary>
    private async Task<Outcome> RestoreDocumentAsync(ClaimsPrincipal user, OutcomeDocumentSnapshot snapshot, CancellationToken cancellationToken)
    {
        var problems = new List<Notice>();
        if (!await db.Meetings.AnyAsync(m => m.Id == snapshot.MeetingId, cancellationToken))
        {
            problems.Add("its meeting no longer exists (restore the meeting first)");
        }

        if (snapshot.Symbol is { } symbol && await db.OutcomeDocuments.AnyAsync(d => d.Symbol == symbol && d.Id != snapshot.Id, cancellationToken))
        {
            problems.Add(new("another document now has its symbol {0}", symbol));
        }

        var hashes = snapshot.Languages.Where(l => l.FileSha256 is not null).Select(l => l.FileSha256!).Distinct().ToList();
        var fileIds = await db.StoredFiles.AsNoTracking().Where(f => hashes.Contains(f.Sha256)).ToDictionaryAsync(f => f.Sha256, f => f.Id, cancellationToken);
        if (fileIds.Count != hashes.Count)
        {
            problems.Add("one of its files is no longer stored");
        }

        if (problems.Count > 0)
        {
            return new Outcome(false, new("This version cannot be restored: {0}.", problems), null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var document = await db.OutcomeDocuments.Include(d => d.Languages).FirstOrDefaultAsync(d => d.Id == snapshot.Id, cancellationToken);
        OutcomeDocumentSnapshot? before = null;
        if (document is null)
        {
            document = new OutcomeDocument { Id = snapshot.Id, Title = snapshot.Title, CreatedAt = now };
            db.OutcomeDocuments.Add(document);
        }
        else
        {
            // The versions are loaded without their files (ApplyTo sets the keys); the record names the files by hash.
            var id = document.Id;
            var hashesById = await db.StoredFiles.AsNoTracking()
                .Where(f => db.DocumentLanguageVersions.Any(v => v.OutcomeDocumentId == id && v.StoredFileId == f.Id))
                .ToDictionaryAsync(f => f.Id, f => f.Sha256, cancellationToken);
            before = OutcomeDocumentSnapshot.Of(document) with
            {
                Languages = [.. document.Languages.OrderBy(l => l.Language, StringComparer.Ordinal)
                    .Select(l => LanguageVersionSnapshot.Of(l) with { FileSha256 = l.StoredFileId is { } f ? hashesById[f] : null })],
            };
            db.Entry(document).State = EntityState.Modified;
        }

        snapshot.ApplyTo(document, fileIds);
        document.UpdatedAt = now;
        history.Record(user, ChangeHistory.EntityTypes.OutcomeDocument, document.Id, document.Title, ChangeAction.Restored, before, snapshot);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(true, new("The document {0} was restored, with its language versions.", $"“{document.Title}”"), $"/admin/documents/{document.Id}/edit");
    }

    private async Task<Outcome> RestoreOrganizationAsync(ClaimsPrincipal user, OrganizationSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (snapshot.ParentId is { } parentId && !await db.Organizations.AnyAsync(o => o.Id == parentId, cancellationToken))
        {
            return new Outcome(false, "This version cannot be restored: its parent organization no longer exists.", null);
        }

        var (organization, _) = await PutBackAsync(
            user, ChangeHistory.EntityTypes.Organization, snapshot, db.Organizations.Include(o => o.Aliases).Include(o => o.Translations), OrganizationSnapshot.Of, o => o.Name, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(true, new("The organization {0} was restored.", $"“{organization.Name}”"), $"/admin/organizations/{organization.Id}/edit");
    }

    private async Task<Outcome> RestoreAffiliationAsync(ClaimsPrincipal user, AffiliationSnapshot snapshot, CancellationToken cancellationToken)
    {
        var ids = new[] { snapshot.OrganizationId, snapshot.TargetOrganizationId };
        if (await db.Organizations.CountAsync(o => ids.Contains(o.Id), cancellationToken) != 2)
        {
            return new Outcome(false, "This version cannot be restored: one of its organizations no longer exists.", null);
        }

        var (affiliation, _) = await PutBackAsync(
            user, ChangeHistory.EntityTypes.Affiliation, snapshot, db.Affiliations.Include(a => a.Translations), AffiliationSnapshot.Of, _ => "affiliation", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(true, "The affiliation was restored.", $"/admin/affiliations/{affiliation.Id}/edit");
    }

    private async Task<Outcome> RestoreCategoryAsync(ClaimsPrincipal user, CategorySnapshot snapshot, CancellationToken cancellationToken)
    {
        var (category, _) = await PutBackAsync(
            user, ChangeHistory.EntityTypes.Category, snapshot, db.Categories.Include(c => c.Translations), CategorySnapshot.Of, c => c.Name, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(true, new("The category {0} was restored.", $"“{category.Name}”"), $"/admin/categories/{category.Id}/edit");
    }

    private async Task<Outcome> RestoreThemeAsync(ClaimsPrincipal user, ThemeSnapshot snapshot, CancellationToken cancellationToken)
    {
        var (theme, _) = await PutBackAsync(
            user, ChangeHistory.EntityTypes.Theme, snapshot, db.Themes.Include(t => t.Translations), ThemeSnapshot.Of, t => $"{t.Code} {t.Name}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(true, new("The Action Line {0} was restored.", theme.Code), $"/admin/themes/{theme.Id}/edit");
    }

    /// <summary>The entry of the snapshot's id, read from <paramref name="stored"/> with the links the snapshot holds,
    /// or made anew under that id, set to the snapshot and recorded as restored (not yet saved), with what it was
    /// before (null when it was deleted). An existing entry is updated even where nothing differs, so that its
    /// version moves on and a form opened before the restore cannot overwrite it silently.</summary>
    private async Task<(TEntity Entry, TSnapshot? Before)> PutBackAsync<TEntity, TSnapshot>(
        ClaimsPrincipal user, string entityType, TSnapshot snapshot, IQueryable<TEntity> stored, Func<TEntity, TSnapshot> of,
        Func<TEntity, string> name, CancellationToken cancellationToken)
        where TEntity : class
        where TSnapshot : class, IEntrySnapshot<TEntity>
    {
        var entry = await stored.FirstOrDefaultAsync(e => EF.Property<int>(e, "Id") == snapshot.Id, cancellationToken);
        var before = entry is null ? null : of(entry);
        if (entry is null)
        {
            entry = snapshot.Recreate();
            db.Add(entry);
        }
        else
        {
            db.Entry(entry).State = EntityState.Modified;
        }

        snapshot.ApplyTo(entry);
        history.Record(user, entityType, snapshot.Id, name(entry), ChangeAction.Restored, before, snapshot);
        return (entry, before);
    }
}
