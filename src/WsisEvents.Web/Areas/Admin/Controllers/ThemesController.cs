using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Editing;

namespace WsisEvents.Web.Areas.Admin.Controllers;

/// <summary>The WSIS Action Lines. Their codes are fixed by the Geneva Plan of Action; editors mostly correct names and
/// explanations, but may add or remove a line that no meeting is filed under.</summary>
[Route("admin/themes")]
public sealed class ThemesController(WsisDbContext db, ChangeHistory history) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new ThemeRow(t.Id, t.Code, t.Name, t.Slug, t.Meetings.Count)).ToListAsync(cancellationToken));

    [HttpGet("create")]
    public IActionResult Create() => View("Edit", new FormViewModel<ThemeInputModel> { Input = new ThemeInputModel() });

    [HttpPost("create")]
    [ActionName("Create")]
    public async Task<IActionResult> CreatePost(ThemeInputModel input, CancellationToken cancellationToken)
    {
        await ValidateAsync(input, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", new FormViewModel<ThemeInputModel> { Input = input });
        }

        var theme = new Theme { Code = input.Code, Slug = input.Slug, Name = input.Name.Trim(), Summary = Clean(input.Summary), SortOrder = input.SortOrder };
        db.Themes.Add(theme);
        await history.SaveCreatedAsync(User, ChangeHistory.EntityTypes.Theme, theme, t => t.Id, t => $"{t.Code} {t.Name}", ThemeSnapshot.Of, cancellationToken);
        Confirm($"The Action Line {theme.Code} was added.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var theme = await db.Themes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return theme is null ? NotFound() : View(new FormViewModel<ThemeInputModel> { Input = ToInput(theme), Id = id });
    }

    [HttpPost("{id:int}/edit")]
    [ActionName("Edit")]
    public async Task<IActionResult> EditPost(int id, ThemeInputModel input, CancellationToken cancellationToken)
    {
        var theme = await db.Themes.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (theme is null)
        {
            return NotFound();
        }

        await ValidateAsync(input, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(new FormViewModel<ThemeInputModel> { Input = input, Id = id });
        }

        var before = ThemeSnapshot.Of(theme);
        db.Entry(theme).Property(t => t.Version).OriginalValue = input.Version;
        theme.Code = input.Code;
        theme.Slug = input.Slug;
        theme.Name = input.Name.Trim();
        theme.Summary = Clean(input.Summary);
        theme.SortOrder = input.SortOrder;
        db.Entry(theme).State = EntityState.Modified;
        history.Record(User, ChangeHistory.EntityTypes.Theme, id, $"{theme.Code} {theme.Name}", ChangeAction.Updated, before, ThemeSnapshot.Of(theme));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Themes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (saved is null)
            {
                Confirm("The Action Line was deleted by someone else meanwhile; it can be restored from the history.");
                return RedirectToAction(nameof(Index));
            }

            var latest = await history.LatestAsync(ChangeHistory.EntityTypes.Theme, id, cancellationToken);
            ModelState.AddModelError(string.Empty, "Someone else saved this Action Line while you were editing it; nothing of yours was saved. Save again to keep your version.");
            input.Version = saved.Version;
            var differences = new[] { ("Code", saved.Code, input.Code), ("Name", saved.Name, input.Name), ("Address", saved.Slug, input.Slug), ("Summary", saved.Summary, Clean(input.Summary)) }
                .Where(d => d.Item2 != d.Item3).Select(d => new FieldDifference(d.Item1, d.Item2, d.Item3)).ToList();
            return ConflictView(null, new FormViewModel<ThemeInputModel> { Input = input, Id = id, Conflict = new ConflictViewModel(latest?.UserName, latest?.At, differences) });
        }

        Confirm($"The Action Line {theme.Code} was saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var theme = await db.Themes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (theme is null)
        {
            return NotFound();
        }

        var meetings = await db.MeetingThemes.CountAsync(t => t.ThemeId == id, cancellationToken);
        return View("_Delete", new DeleteViewModel("Action Line", id, $"{theme.Code} {theme.Name}", theme.Version, Url.Action(nameof(Index))!,
            ["Its history stays, and it can be restored from there."],
            meetings == 0 ? [] : [$"{meetings} meeting(s) are filed under it: take them off it first."]));
    }

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeletePost(int id, int version, CancellationToken cancellationToken)
    {
        var theme = await db.Themes.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (theme is null)
        {
            return NotFound();
        }

        if (await db.MeetingThemes.AnyAsync(t => t.ThemeId == id, cancellationToken))
        {
            Confirm($"{theme.Code} still has meetings and was not deleted.");
            return RedirectToAction(nameof(Delete), new { id });
        }

        db.Entry(theme).Property(t => t.Version).OriginalValue = version;
        history.Record(User, ChangeHistory.EntityTypes.Theme, id, $"{theme.Code} {theme.Name}", ChangeAction.Deleted, ThemeSnapshot.Of(theme), null);
        db.Themes.Remove(theme);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            Confirm($"{theme.Code} was changed or given meetings meanwhile and was not deleted.");
            return RedirectToAction(nameof(Index));
        }

        Confirm($"The Action Line {theme.Code} was deleted.");
        return RedirectToAction(nameof(Index));
    }

    private async Task ValidateAsync(ThemeInputModel input, int? id, CancellationToken cancellationToken)
    {
        if (await db.Themes.AnyAsync(t => t.Code == input.Code && t.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.Code), "Another Action Line has this code.");
        }

        if (await db.Themes.AnyAsync(t => t.Slug == input.Slug && t.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.Slug), "Another Action Line has this address.");
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ThemeInputModel ToInput(Theme t) =>
        new() { Code = t.Code, Name = t.Name, Slug = t.Slug, Summary = t.Summary, SortOrder = t.SortOrder, Version = t.Version };

    public sealed record ThemeRow(int Id, string Code, string Name, string Slug, int MeetingCount);
}
