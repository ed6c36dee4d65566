using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Editing;

namespace WsisEvents.Web.Areas.Admin.Controllers;

[Route("admin/categories")]
public sealed class CategoriesController(WsisDbContext db, ChangeHistory history) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryRow(c.Id, c.Name, c.Slug, c.SortOrder, c.Meetings.Count)).ToListAsync(cancellationToken));

    [HttpGet("create")]
    public IActionResult Create() => View("Edit", new FormViewModel<CategoryInputModel> { Input = new CategoryInputModel() });

    [HttpPost("create")]
    [ActionName("Create")]
    public async Task<IActionResult> CreatePost(CategoryInputModel input, CancellationToken cancellationToken)
    {
        await ValidateAsync(input, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", new FormViewModel<CategoryInputModel> { Input = input });
        }

        var category = new Category { Name = input.Name.Trim(), Slug = input.Slug ?? Slug.From(input.Name), SortOrder = input.SortOrder };
        db.Categories.Add(category);
        await history.SaveCreatedAsync(User, ChangeHistory.EntityTypes.Category, category, c => c.Id, c => c.Name, CategorySnapshot.Of, cancellationToken);
        Confirm($"The category “{category.Name}” was added.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return category is null ? NotFound() : View(new FormViewModel<CategoryInputModel> { Input = ToInput(category), Id = id });
    }

    [HttpPost("{id:int}/edit")]
    [ActionName("Edit")]
    public async Task<IActionResult> EditPost(int id, CategoryInputModel input, CancellationToken cancellationToken)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }

        await ValidateAsync(input, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(new FormViewModel<CategoryInputModel> { Input = input, Id = id });
        }

        var before = CategorySnapshot.Of(category);
        db.Entry(category).Property(c => c.Version).OriginalValue = input.Version;
        category.Name = input.Name.Trim();
        category.Slug = input.Slug ?? category.Slug;
        category.SortOrder = input.SortOrder;
        db.Entry(category).State = EntityState.Modified;
        history.Record(User, ChangeHistory.EntityTypes.Category, id, category.Name, ChangeAction.Updated, before, CategorySnapshot.Of(category));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (saved is null)
            {
                Confirm("The category was deleted by someone else meanwhile; it can be restored from the history.");
                return RedirectToAction(nameof(Index));
            }

            var latest = await history.LatestAsync(ChangeHistory.EntityTypes.Category, id, cancellationToken);
            ModelState.AddModelError(string.Empty, "Someone else saved this category while you were editing it; nothing of yours was saved. Save again to keep your version.");
            input.Version = saved.Version;
            var differences = new[] { ("Name", saved.Name, input.Name), ("Address", saved.Slug, input.Slug ?? saved.Slug), ("Order", saved.SortOrder.ToString(), input.SortOrder.ToString()) }
                .Where(d => d.Item2 != d.Item3).Select(d => new FieldDifference(d.Item1, d.Item2, d.Item3)).ToList();
            return ConflictView(null, new FormViewModel<CategoryInputModel> { Input = input, Id = id, Conflict = new ConflictViewModel(latest?.UserName, latest?.At, differences) });
        }

        Confirm($"The category “{category.Name}” was saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }

        var meetings = await db.Meetings.CountAsync(m => m.CategoryId == id, cancellationToken);
        return View("_Delete", new DeleteViewModel("category", id, category.Name, category.Version, Url.Action(nameof(Index))!,
            ["Its history stays, and it can be restored from there."],
            meetings == 0 ? [] : [$"{meetings} meeting(s) are filed under it: move them to another category first."]));
    }

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeletePost(int id, int version, CancellationToken cancellationToken)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }

        if (await db.Meetings.AnyAsync(m => m.CategoryId == id, cancellationToken))
        {
            Confirm($"“{category.Name}” still has meetings and was not deleted.");
            return RedirectToAction(nameof(Delete), new { id });
        }

        db.Entry(category).Property(c => c.Version).OriginalValue = version;
        history.Record(User, ChangeHistory.EntityTypes.Category, id, category.Name, ChangeAction.Deleted, CategorySnapshot.Of(category), null);
        db.Categories.Remove(category);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            Confirm($"“{category.Name}” was changed or given meetings meanwhile and was not deleted.");
            return RedirectToAction(nameof(Index));
        }

        Confirm($"The category “{category.Name}” was deleted.");
        return RedirectToAction(nameof(Index));
    }

    private async Task ValidateAsync(CategoryInputModel input, int? id, CancellationToken cancellationToken)
    {
        var slug = input.Slug ?? Slug.From(input.Name ?? "");
        if (await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.Slug), "Another category has this address.");
        }

        if (input.Name is { } name && await db.Categories.AnyAsync(c => c.Name == name.Trim() && c.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.Name), "Another category has this name.");
        }
    }

    private static CategoryInputModel ToInput(Category c) => new() { Name = c.Name, Slug = c.Slug, SortOrder = c.SortOrder, Version = c.Version };

    public sealed record CategoryRow(int Id, string Name, string Slug, int SortOrder, int MeetingCount);
}
