using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Editing;

/// <summary>Puts an entry back as a change record shows it (its state before or after that change), recreating it
/// under its old id if it was deleted. The restore is itself recorded, so it can be undone the same way.</summary>
public sealed class Restorer(WsisDbContext db, ChangeHistory history, TimeProvider clock)
{
    public sealed record Outcome(bool Restored, string Message, string? EditUrl);

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
                ChangeHistory.EntityTypes.Category => await RestoreSimpleAsync(user, ChangeHistory.EntityTypes.Category, ChangeHistory.Read<CategorySnapshot>(json)!, cancellationToken),
                ChangeHistory.EntityTypes.Theme => await RestoreSimpleAsync(user, ChangeHistory.EntityTypes.Theme, ChangeHistory.Read<ThemeSnapshot>(json)!, cancellationToken),
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
        var problems = new List<string>();
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
            problems.Add($"another meeting now has its address /meetings/{snapshot.Slug}");
        }

        if (problems.Count > 0)
        {
            return new Outcome(false, "This version cannot be restored: " + string.Join("; ", problems) + ".", null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var meeting = await db.Meetings.Include(m => m.Organizers).Include(m => m.Themes).FirstOrDefaultAsync(m => m.Id == snapshot.Id, cancellationToken);
        var before = meeting is null ? null : MeetingSnapshot.Of(meeting);
        if (meeting is null)
        {
            meeting = new Meeting { Id = snapshot.Id, Title = snapshot.Title, Slug = snapshot.Slug, CreatedAt = now };
            db.Meetings.Add(meeting);
        }

        snapshot.ApplyTo(meeting);
        meeting.UpdatedAt = now;
        history.Record(user, ChangeHistory.EntityTypes.Meeting, meeting.Id, meeting.Title, ChangeAction.Restored, before, snapshot);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(true, $"The meeting “{meeting.Title}” was restored.", $"/admin/meetings/{meeting.Id}/edit");
    }

    /// <summary>A document with its language versions and their files, which were kept when it was deleted.</summary>
    private async Task<Outcome> RestoreDocumentAsync(ClaimsPrincipal user, OutcomeDocumentSnapshot snapshot, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (!await db.Meetings.AnyAsync(m => m.Id == snapshot.MeetingId, cancellationToken))
        {
            problems.Add("its meeting no longer exists (restore the meeting first)");
        }

        if (snapshot.Symbol is { } symbol && await db.OutcomeDocuments.AnyAsync(d => d.Symbol == symbol && d.Id != snapshot.Id, cancellationToken))
        {
            problems.Add($"another document now has its symbol {symbol}");
        }

        var hashes = snapshot.Languages.Where(l => l.FileSha256 is not null).Select(l => l.FileSha256!).Distinct().ToList();
        var fileIds = await db.StoredFiles.AsNoTracking().Where(f => hashes.Contains(f.Sha256)).ToDictionaryAsync(f => f.Sha256, f => f.Id, cancellationToken);
        if (fileIds.Count != hashes.Count)
        {
            problems.Add("one of its files is no longer stored");
        }

        if (problems.Count > 0)
        {
            return new Outcome(false, "This version cannot be restored: " + string.Join("; ", problems) + ".", null);
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
        return new Outcome(true, $"The document “{document.Title}” was restored, with its language versions.", $"/admin/documents/{document.Id}/edit");
    }

    private async Task<Outcome> RestoreOrganizationAsync(ClaimsPrincipal user, OrganizationSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (snapshot.ParentId is { } parentId && !await db.Organizations.AnyAsync(o => o.Id == parentId, cancellationToken))
        {
            return new Outcome(false, "This version cannot be restored: its parent organization no longer exists.", null);
        }

        var organization = await db.Organizations.Include(o => o.Aliases).FirstOrDefaultAsync(o => o.Id == snapshot.Id, cancellationToken);
        var before = organization is null ? null : OrganizationSnapshot.Of(organization);
        if (organization is null)
        {
            organization = new Organization { Id = snapshot.Id, Name = snapshot.Name, Slug = snapshot.Slug };
            db.Organizations.Add(organization);
        }
        else
        {
            db.Entry(organization).State = EntityState.Modified;
        }

        snapshot.ApplyTo(organization);
        history.Record(user, ChangeHistory.EntityTypes.Organization, organization.Id, organization.Name, ChangeAction.Restored, before, snapshot);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(true, $"The organization “{organization.Name}” was restored.", $"/admin/organizations/{organization.Id}/edit");
    }

    private async Task<Outcome> RestoreAffiliationAsync(ClaimsPrincipal user, AffiliationSnapshot snapshot, CancellationToken cancellationToken)
    {
        var ids = new[] { snapshot.OrganizationId, snapshot.TargetOrganizationId };
        if (await db.Organizations.CountAsync(o => ids.Contains(o.Id), cancellationToken) != 2)
        {
            return new Outcome(false, "This version cannot be restored: one of its organizations no longer exists.", null);
        }

        var affiliation = await db.Affiliations.FirstOrDefaultAsync(a => a.Id == snapshot.Id, cancellationToken);
        var before = affiliation is null ? null : AffiliationSnapshot.Of(affiliation);
        if (affiliation is null)
        {
            affiliation = new Affiliation { Id = snapshot.Id };
            db.Affiliations.Add(affiliation);
        }
        else
        {
            db.Entry(affiliation).State = EntityState.Modified;
        }

        snapshot.ApplyTo(affiliation);
        history.Record(user, ChangeHistory.EntityTypes.Affiliation, affiliation.Id, "affiliation", ChangeAction.Restored, before, snapshot);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(true, "The affiliation was restored.", $"/admin/affiliations/{affiliation.Id}/edit");
    }

    private async Task<Outcome> RestoreSimpleAsync(ClaimsPrincipal user, string entityType, object snapshot, CancellationToken cancellationToken)
    {
        if (snapshot is CategorySnapshot c)
        {
            var category = await db.Categories.FirstOrDefaultAsync(x => x.Id == c.Id, cancellationToken);
            var before = category is null ? null : CategorySnapshot.Of(category);
            if (category is null)
            {
                category = new Category { Id = c.Id, Name = c.Name, Slug = c.Slug };
                db.Categories.Add(category);
            }
            else
            {
                db.Entry(category).State = EntityState.Modified;
            }

            c.ApplyTo(category);
            history.Record(user, entityType, category.Id, category.Name, ChangeAction.Restored, before, c);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(true, $"The category “{category.Name}” was restored.", $"/admin/categories/{category.Id}/edit");
        }

        var t = (ThemeSnapshot)snapshot;
        var theme = await db.Themes.FirstOrDefaultAsync(x => x.Id == t.Id, cancellationToken);
        var themeBefore = theme is null ? null : ThemeSnapshot.Of(theme);
        if (theme is null)
        {
            theme = new Theme { Id = t.Id, Code = t.Code, Slug = t.Slug, Name = t.Name };
            db.Themes.Add(theme);
        }
        else
        {
            db.Entry(theme).State = EntityState.Modified;
        }

        t.ApplyTo(theme);
        history.Record(user, entityType, theme.Id, $"{theme.Code} {theme.Name}", ChangeAction.Restored, themeBefore, t);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(true, $"The Action Line {theme.Code} was restored.", $"/admin/themes/{theme.Id}/edit");
    }
}
