using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Editing;
using WsisEvents.Web.Import;

namespace WsisEvents.Web.Areas.Admin.Controllers;

[Route("admin/organizations")]
public sealed class OrganizationsController(WsisDbContext db, ChangeHistory history) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? page, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = LikePattern.Containing(q.Trim());
            organizations = db.Database.IsNpgsql()
                ? organizations.Where(o => EF.Functions.ILike(o.Name, pattern, LikePattern.Escape) || EF.Functions.ILike(o.Acronym!, pattern, LikePattern.Escape))
                : organizations.Where(o => EF.Functions.Like(o.Name, pattern, LikePattern.Escape) || EF.Functions.Like(o.Acronym!, pattern, LikePattern.Escape));
        }

        var number = PageNumber(page);
        var total = await organizations.CountAsync(cancellationToken);
        var items = await organizations.OrderBy(o => o.Name).Skip((number - 1) * PageSize).Take(PageSize)
            .Select(o => new OrganizationRow(o.Id, o.Slug, o.Name, o.Acronym, o.Kind, o.OrganizedMeetings.Count))
            .ToListAsync(cancellationToken);
        return View(new AdminPage<OrganizationRow>(items, total, number, PageSize, q));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await FormAsync(new OrganizationInputModel(), null, cancellationToken));

    [HttpPost("create")]
    [ActionName("Create")]
    public async Task<IActionResult> CreatePost(OrganizationInputModel input, string? preview, CancellationToken cancellationToken)
    {
        await ValidateAsync(input, null, cancellationToken);
        if (!ModelState.IsValid || preview is not null)
        {
            return View("Edit", await FormAsync(input, null, cancellationToken, preview is not null));
        }

        var organization = new Organization
        {
            Name = input.Name.Trim(),
            Slug = input.Slug ?? Slug.MakeUnique(Slug.From(Clean(input.Acronym) ?? input.Name), s => db.Organizations.Any(o => o.Slug == s)),
        };
        Apply(input, organization);
        db.Organizations.Add(organization);
        await history.SaveCreatedAsync(User, ChangeHistory.EntityTypes.Organization, organization, o => o.Id, o => o.Name, OrganizationSnapshot.Of, cancellationToken);
        Confirm($"The organization “{organization.Name}” was added.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(id, cancellationToken);
        return organization is null ? NotFound() : View(await FormAsync(ToInput(organization), organization, cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    [ActionName("Edit")]
    public async Task<IActionResult> EditPost(int id, OrganizationInputModel input, string? preview, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(id, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        await ValidateAsync(input, id, cancellationToken);
        if (!ModelState.IsValid || preview is not null)
        {
            return View(await FormAsync(input, organization, cancellationToken, preview is not null));
        }

        var before = OrganizationSnapshot.Of(organization);
        db.Entry(organization).Property(o => o.Version).OriginalValue = input.Version;
        Apply(input, organization);

        // Editing only the aliases leaves the row itself unchanged; touching it still checks and bumps its version.
        db.Entry(organization).State = EntityState.Modified;
        history.Record(User, ChangeHistory.EntityTypes.Organization, id, organization.Name, ChangeAction.Updated, before, OrganizationSnapshot.Of(organization));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await LoadAsync(id, cancellationToken);
            if (saved is null)
            {
                Confirm("The organization was deleted by someone else meanwhile; it can be restored from the history.");
                return RedirectToAction(nameof(Index));
            }

            var latest = await history.LatestAsync(ChangeHistory.EntityTypes.Organization, id, cancellationToken);
            var theirs = ToInput(saved);
            ModelState.AddModelError(string.Empty, "Someone else saved this organization while you were editing it; nothing of yours was saved. Save again to keep your version.");
            input.Version = saved.Version;
            return ConflictView(null, await FormAsync(input, saved, cancellationToken, conflict: new ConflictViewModel(latest?.UserName, latest?.At, Differences(theirs, input))));
        }

        Confirm($"The organization “{organization.Name}” was saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        var meetings = await db.Meetings.AsNoTracking().Where(m => m.Organizers.Any(o => o.OrganizationId == id))
            .OrderBy(m => m.StartDate).Select(m => m.Title).ToListAsync(cancellationToken);
        var children = await db.Organizations.AsNoTracking().Where(o => o.ParentId == id).Select(o => o.Name).ToListAsync(cancellationToken);
        var targetOf = await db.Affiliations.AsNoTracking().Where(a => a.TargetOrganizationId == id).Select(a => a.Organization!.Name).ToListAsync(cancellationToken);
        var holds = await db.Affiliations.CountAsync(a => a.OrganizationId == id, cancellationToken);
        var blockers = new List<string>();
        blockers.AddRange(meetings.Select(m => $"It organized the meeting “{m}”: remove it from that meeting first."));
        blockers.AddRange(children.Select(c => $"“{c}” is one of its sub-bodies: give it another parent first."));
        blockers.AddRange(targetOf.Select(o => $"“{o}” has an affiliation with it: delete that affiliation first."));
        return View("_Delete", new DeleteViewModel("organization", id, organization.Name, organization.Version, Url.Action(nameof(Index))!,
            [
                $"Its public page /organizations/{organization.Slug} will answer “not found”.",
                holds == 0 ? "It holds no affiliation." : $"Its {holds} affiliation(s) go with it.",
                "Its history stays, and it can be restored from there.",
            ],
            blockers));
    }

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeletePost(int id, int version, CancellationToken cancellationToken)
    {
        var organization = await LoadAsync(id, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        if (await db.MeetingOrganizers.AnyAsync(o => o.OrganizationId == id, cancellationToken)
            || await db.Organizations.AnyAsync(o => o.ParentId == id, cancellationToken)
            || await db.Affiliations.AnyAsync(a => a.TargetOrganizationId == id, cancellationToken))
        {
            Confirm($"“{organization.Name}” still has meetings, sub-bodies or affiliations pointing to it and was not deleted.");
            return RedirectToAction(nameof(Delete), new { id });
        }

        var held = await db.Affiliations.Where(a => a.OrganizationId == id).ToListAsync(cancellationToken);
        foreach (var affiliation in held)
        {
            history.Record(User, ChangeHistory.EntityTypes.Affiliation, affiliation.Id, $"{organization.Name}: {affiliation.Kind}", ChangeAction.Deleted, AffiliationSnapshot.Of(affiliation), null);
        }

        db.Entry(organization).Property(o => o.Version).OriginalValue = version;
        history.Record(User, ChangeHistory.EntityTypes.Organization, id, organization.Name, ChangeAction.Deleted, OrganizationSnapshot.Of(organization), null);
        db.Organizations.Remove(organization);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Confirm($"“{organization.Name}” was changed by someone else meanwhile and was not deleted. Look at it again first.");
            return RedirectToAction(nameof(Edit), new { id });
        }
        catch (DbUpdateException)
        {
            Confirm($"“{organization.Name}” gained a meeting or an affiliation meanwhile and was not deleted.");
            return RedirectToAction(nameof(Delete), new { id });
        }

        Confirm($"The organization “{organization.Name}” was deleted. It can be restored from its history.");
        return RedirectToAction(nameof(Index));
    }

    private Task<Organization?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Organizations.Include(o => o.Aliases).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    private async Task ValidateAsync(OrganizationInputModel input, int? id, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            ModelState.AddModelError(nameof(input.Kind), "Choose a kind from the list.");
        }

        if (input.Website is { Length: > 0 } website && !WebAddresses.IsWebAddress(website))
        {
            ModelState.AddModelError(nameof(input.Website), WebAddresses.Message);
        }

        if (MarkdownRenderer.Check(input.Description) is { } problem)
        {
            ModelState.AddModelError(nameof(input.Description), problem);
        }

        if (input.ParentId is { } parentId)
        {
            if (parentId == id)
            {
                ModelState.AddModelError(nameof(input.ParentId), "An organization cannot be its own parent.");
            }
            else if (!await db.Organizations.AnyAsync(o => o.Id == parentId, cancellationToken))
            {
                ModelState.AddModelError(nameof(input.ParentId), "That parent organization does not exist (any more).");
            }
            else if (id is not null && await IsDescendantAsync(parentId, id.Value, cancellationToken))
            {
                ModelState.AddModelError(nameof(input.ParentId), "That organization is one of this one's sub-bodies: the parents would go round in a circle.");
            }
        }

        if (input.Slug is { } slug && await db.Organizations.AnyAsync(o => o.Slug == slug && o.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.Slug), "Another organization has this address.");
        }

        var aliasKeys = SplitAliases(input.Aliases).Select(OrganizationNames.Normalize).ToList();
        var taken = await db.OrganizationAliases.AsNoTracking().Where(a => aliasKeys.Contains(a.NormalizedName) && a.OrganizationId != id)
            .Select(a => a.Name).ToListAsync(cancellationToken);
        if (taken.Count > 0)
        {
            ModelState.AddModelError(nameof(input.Aliases), $"Already another organization's alias: {string.Join(", ", taken)}.");
        }
        else if (SplitAliases(input.Aliases).Any(a => a.Length > FieldLengths.Name))
        {
            ModelState.AddModelError(nameof(input.Aliases), $"An alias has at most {FieldLengths.Name} characters.");
        }
    }

    private async Task<bool> IsDescendantAsync(int candidate, int ancestor, CancellationToken cancellationToken)
    {
        var seen = new HashSet<int>();
        int? current = candidate;
        while (current is { } c && seen.Add(c))
        {
            if (c == ancestor)
            {
                return true;
            }

            current = await db.Organizations.Where(o => o.Id == c).Select(o => o.ParentId).FirstOrDefaultAsync(cancellationToken);
        }

        return false;
    }

    private static IEnumerable<string> SplitAliases(string? aliases) =>
        (aliases ?? "").Split('\n').Select(a => a.Trim()).Where(a => a.Length > 0);

    private static void Apply(OrganizationInputModel input, Organization organization)
    {
        organization.Name = input.Name.Trim();
        organization.Acronym = Clean(input.Acronym);
        if (input.Slug is { Length: > 0 } slug)
        {
            organization.Slug = slug;
        }

        organization.Kind = input.Kind;
        organization.ParentId = input.ParentId;
        organization.Website = Clean(input.Website);
        organization.Description = Clean(input.Description);
        EntryLinks.SetAliases(organization, SplitAliases(input.Aliases));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static OrganizationInputModel ToInput(Organization o) => new()
    {
        Name = o.Name,
        Acronym = o.Acronym,
        Slug = o.Slug,
        Kind = o.Kind,
        ParentId = o.ParentId,
        Website = o.Website,
        Description = o.Description,
        Aliases = string.Join("\n", o.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal)),
        Version = o.Version,
    };

    private static List<FieldDifference> Differences(OrganizationInputModel saved, OrganizationInputModel yours) =>
        new (string Field, string? Saved, string? Yours)[]
        {
            ("Name", saved.Name, yours.Name),
            ("Acronym", saved.Acronym, Clean(yours.Acronym)),
            ("Address", saved.Slug, yours.Slug),
            ("Kind", saved.Kind.ToString(), yours.Kind.ToString()),
            ("Parent", saved.ParentId?.ToString(), yours.ParentId?.ToString()),
            ("Website", saved.Website, Clean(yours.Website)),
            ("Aliases", saved.Aliases, string.Join("\n", SplitAliases(yours.Aliases).Order(StringComparer.Ordinal))),
            ("Description", saved.Description, Clean(yours.Description)),
        }
        .Where(f => !string.Equals(f.Saved ?? "", f.Yours ?? "", StringComparison.Ordinal))
        .Select(f => new FieldDifference(f.Field, f.Saved, f.Yours))
        .ToList();

    private async Task<OrganizationFormViewModel> FormAsync(OrganizationInputModel input, Organization? organization, CancellationToken cancellationToken, bool withPreview = false, ConflictViewModel? conflict = null)
    {
        var parents = await db.Organizations.AsNoTracking().Where(o => organization == null || o.Id != organization.Id).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Acronym }).ToListAsync(cancellationToken);
        return new OrganizationFormViewModel
        {
            Input = input,
            Id = organization?.Id,
            PublicUrl = organization is null ? null : $"/organizations/{organization.Slug}",
            Parents = parents.Select(p => (p.Id, p.Acronym is null ? p.Name : $"{p.Name} ({p.Acronym})")).ToList(),
            Preview = withPreview ? new HtmlString(MarkdownRenderer.ToHtml(input.Description)) : null,
            Conflict = conflict,
        };
    }

    public sealed record OrganizationRow(int Id, string Slug, string Name, string? Acronym, OrganizationKind Kind, int MeetingCount);
}
