using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Editing;

namespace WsisEvents.Web.Areas.Admin.Controllers;

[Route("admin/affiliations")]
public sealed class AffiliationsController(WsisDbContext db, ChangeHistory history) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? organization, int? page, CancellationToken cancellationToken)
    {
        var affiliations = db.Affiliations.AsNoTracking();
        if (organization is { } id)
        {
            affiliations = affiliations.Where(a => a.OrganizationId == id || a.TargetOrganizationId == id);
        }

        var number = PageNumber(page);
        var total = await affiliations.CountAsync(cancellationToken);
        var rows = await affiliations.OrderBy(a => a.Organization!.Name).ThenBy(a => a.TargetOrganization!.Name)
            .Skip((number - 1) * PageSize).Take(PageSize)
            .Select(a => new { a.Id, Organization = a.Organization!.Name, Target = a.TargetOrganization!.Name, a.Kind, a.Since, a.SincePrecision })
            .ToListAsync(cancellationToken);
        var items = rows.Select(a => new AffiliationRow(a.Id, a.Organization, Labels.Of(a.Kind), a.Target, PartialDates.Format(a.Since, a.SincePrecision))).ToList();
        return View(new AdminPage<AffiliationRow>(items, total, number, PageSize, null));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(int? organization, CancellationToken cancellationToken) =>
        View("Edit", await FormAsync(new AffiliationInputModel { OrganizationId = organization }, null, cancellationToken));

    [HttpPost("create")]
    [ActionName("Create")]
    public async Task<IActionResult> CreatePost(AffiliationInputModel input, CancellationToken cancellationToken)
    {
        var since = await ValidateAsync(input, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", await FormAsync(input, null, cancellationToken));
        }

        var affiliation = new Affiliation();
        Apply(input, since, affiliation);
        db.Affiliations.Add(affiliation);
        var name = await NameAsync(affiliation, cancellationToken);
        await history.SaveCreatedAsync(User, ChangeHistory.EntityTypes.Affiliation, affiliation, a => a.Id, _ => name, AffiliationSnapshot.Of, cancellationToken);
        Confirm($"The affiliation “{name}” was added.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var affiliation = await db.Affiliations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return affiliation is null ? NotFound() : View(await FormAsync(ToInput(affiliation), id, cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    [ActionName("Edit")]
    public async Task<IActionResult> EditPost(int id, AffiliationInputModel input, CancellationToken cancellationToken)
    {
        var affiliation = await db.Affiliations.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (affiliation is null)
        {
            return NotFound();
        }

        var since = await ValidateAsync(input, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(await FormAsync(input, id, cancellationToken));
        }

        var before = AffiliationSnapshot.Of(affiliation);
        db.Entry(affiliation).Property(a => a.Version).OriginalValue = input.Version;
        Apply(input, since, affiliation);
        db.Entry(affiliation).State = EntityState.Modified;
        var name = await NameAsync(affiliation, cancellationToken);
        history.Record(User, ChangeHistory.EntityTypes.Affiliation, id, name, ChangeAction.Updated, before, AffiliationSnapshot.Of(affiliation));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Affiliations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (saved is null)
            {
                Confirm("The affiliation was deleted by someone else meanwhile; it can be restored from the history.");
                return RedirectToAction(nameof(Index));
            }

            var latest = await history.LatestAsync(ChangeHistory.EntityTypes.Affiliation, id, cancellationToken);
            var theirs = ToInput(saved);
            ModelState.AddModelError(string.Empty, "Someone else saved this affiliation while you were editing it; nothing of yours was saved. Save again to keep your version.");
            input.Version = saved.Version;
            var differences = new[]
                {
                    ("Organization", theirs.OrganizationId?.ToString(), input.OrganizationId?.ToString()),
                    ("With", theirs.TargetOrganizationId?.ToString(), input.TargetOrganizationId?.ToString()),
                    ("Kind", theirs.Kind.ToString(), input.Kind.ToString()),
                    ("Since", theirs.Since, input.Since),
                    ("Source", theirs.SourceText, input.SourceText),
                }
                .Where(d => (d.Item2 ?? "") != (d.Item3 ?? "")).Select(d => new FieldDifference(d.Item1, d.Item2, d.Item3)).ToList();
            var form = await FormAsync(input, id, cancellationToken);
            return ConflictView(null, new FormViewModel<AffiliationInputModel> { Input = input, Id = id, Organizations = form.Organizations, Conflict = new ConflictViewModel(latest?.UserName, latest?.At, differences) });
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, "This affiliation exists already.");
            return View(await FormAsync(input, id, cancellationToken));
        }

        Confirm($"The affiliation “{name}” was saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var affiliation = await db.Affiliations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return affiliation is null
            ? NotFound()
            : View("_Delete", new DeleteViewModel("affiliation", id, await NameAsync(affiliation, cancellationToken), affiliation.Version, Url.Action(nameof(Index))!,
                ["It disappears from both organizations' pages.", "Its history stays, and it can be restored from there."], []));
    }

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeletePost(int id, int version, CancellationToken cancellationToken)
    {
        var affiliation = await db.Affiliations.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (affiliation is null)
        {
            return NotFound();
        }

        var name = await NameAsync(affiliation, cancellationToken);
        db.Entry(affiliation).Property(a => a.Version).OriginalValue = version;
        history.Record(User, ChangeHistory.EntityTypes.Affiliation, id, name, ChangeAction.Deleted, AffiliationSnapshot.Of(affiliation), null);
        db.Affiliations.Remove(affiliation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Confirm($"“{name}” was changed by someone else meanwhile and was not deleted.");
            return RedirectToAction(nameof(Edit), new { id });
        }

        Confirm($"The affiliation “{name}” was deleted.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<(DateOnly? Date, DatePrecision Precision)> ValidateAsync(AffiliationInputModel input, int? id, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            ModelState.AddModelError(nameof(input.Kind), "Choose a kind of affiliation from the list.");
        }

        if (!PartialDates.TryParse(input.Since, out var since, out var precision))
        {
            ModelState.AddModelError(nameof(input.Since), "Write the date as 2010, 2008-05 or 2008-05-14, or leave it empty.");
        }

        var ids = new[] { input.OrganizationId, input.TargetOrganizationId }.OfType<int>().ToList();
        if (await db.Organizations.CountAsync(o => ids.Contains(o.Id), cancellationToken) != ids.Distinct().Count())
        {
            ModelState.AddModelError(nameof(input.OrganizationId), "An organization is not in the directory (any more).");
        }

        if (input.OrganizationId is not null && input.OrganizationId == input.TargetOrganizationId)
        {
            ModelState.AddModelError(nameof(input.TargetOrganizationId), "An organization cannot be affiliated with itself.");
        }

        if (await db.Affiliations.AnyAsync(a => a.OrganizationId == input.OrganizationId && a.TargetOrganizationId == input.TargetOrganizationId && a.Kind == input.Kind && a.Id != id, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, "This affiliation exists already.");
        }

        return (since, precision);
    }

    private static void Apply(AffiliationInputModel input, (DateOnly? Date, DatePrecision Precision) since, Affiliation affiliation)
    {
        affiliation.OrganizationId = input.OrganizationId!.Value;
        affiliation.TargetOrganizationId = input.TargetOrganizationId!.Value;
        affiliation.Kind = input.Kind;
        affiliation.Since = since.Date;
        affiliation.SincePrecision = since.Precision;
        affiliation.SourceDocument = string.IsNullOrWhiteSpace(input.SourceDocument) ? null : input.SourceDocument.Trim();
        affiliation.SourceText = string.IsNullOrWhiteSpace(input.SourceText) ? null : input.SourceText.Trim();
    }

    private async Task<string> NameAsync(Affiliation a, CancellationToken cancellationToken)
    {
        var names = await db.Organizations.AsNoTracking().Where(o => o.Id == a.OrganizationId || o.Id == a.TargetOrganizationId)
            .ToDictionaryAsync(o => o.Id, o => o.Acronym ?? o.Name, cancellationToken);
        return $"{names.GetValueOrDefault(a.OrganizationId, "?")}: {Labels.Of(a.Kind).ToLowerInvariant()} {names.GetValueOrDefault(a.TargetOrganizationId, "?")}";
    }

    private static AffiliationInputModel ToInput(Affiliation a) => new()
    {
        OrganizationId = a.OrganizationId,
        TargetOrganizationId = a.TargetOrganizationId,
        Kind = a.Kind,
        Since = PartialDates.Format(a.Since, a.SincePrecision),
        SourceDocument = a.SourceDocument,
        SourceText = a.SourceText,
        Version = a.Version,
    };

    private async Task<FormViewModel<AffiliationInputModel>> FormAsync(AffiliationInputModel input, int? id, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.Acronym }).ToListAsync(cancellationToken);
        return new FormViewModel<AffiliationInputModel>
        {
            Input = input,
            Id = id,
            Organizations = organizations.Select(o => (o.Id, o.Acronym is null ? o.Name : $"{o.Name} ({o.Acronym})")).ToList(),
        };
    }

    public sealed record AffiliationRow(int Id, string Organization, string Relation, string Target, string? Since);
}
