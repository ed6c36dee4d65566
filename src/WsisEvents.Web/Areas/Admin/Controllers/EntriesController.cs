using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Editing;

namespace WsisEvents.Web.Areas.Admin.Controllers;

/// <summary>The admin actions every kind of entry has: create, edit and delete, each a GET form and a POST that
/// binds, validates, saves through <see cref="EntryEditor"/> and redirects. The derived controller gives the route
/// and the list.</summary>
public abstract class EntriesController<TEntity, TInput>(EntryForm<TEntity, TInput> form, EntryEditor editor) : AdminControllerBase
    where TEntity : class, IVersioned
    where TInput : class, IVersionedInput, new()
{
    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await form.PageAsync(NewInput(), null, false, null, cancellationToken));

    [HttpPost("create")]
    [ActionName("Create")]
    public async Task<IActionResult> CreatePost(TInput input, string? preview, CancellationToken cancellationToken)
    {
        await form.ValidateAsync(input, null, ModelState, cancellationToken);
        if (!ModelState.IsValid || preview is not null)
        {
            return View("Edit", await form.PageAsync(input, null, preview is not null, null, cancellationToken));
        }

        var entry = await form.NewEntryAsync(input, cancellationToken);
        string name;
        try
        {
            name = await editor.CreateAsync(User, form, entry, cancellationToken);
        }
        catch (DbUpdateException) when (form.SaveMayClash)
        {
            ModelState.AddModelError(string.Empty, form.ClashMessage);
            return View("Edit", await form.PageAsync(input, null, false, null, cancellationToken));
        }

        // One key per kind of entry ("The meeting {0} was added."): the noun's gender decides the sentence's agreement
        // in French, Spanish and Arabic. In English the key is today's sentence.
        ShowStatus(L[$"The {form.Noun} {{0}} was added.", form.Quoted(entry, name)]);
        return Redirect(ListUrl(entry));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var entry = await editor.FindAsync(form, id, cancellationToken, tracked: false);
        return entry is null ? NotFound() : View(await form.PageAsync(form.ToInput(entry), entry, false, null, cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    [ActionName("Edit")]
    public async Task<IActionResult> EditPost(int id, TInput input, string? preview, CancellationToken cancellationToken)
    {
        var entry = await editor.FindAsync(form, id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        await form.ValidateAsync(input, id, ModelState, cancellationToken);
        if (!ModelState.IsValid || preview is not null)
        {
            return View(await form.PageAsync(input, entry, preview is not null, null, cancellationToken));
        }

        var outcome = await editor.UpdateAsync(User, form, entry, input.Version, e => form.Apply(input, e), cancellationToken);
        switch (outcome.Result)
        {
            case SaveResult.Saved:
                ShowStatus(L[$"The {form.Noun} {{0}} was saved.", form.Quoted(entry, outcome.Name)]);
                return Redirect(ListUrl(entry));
            case SaveResult.Clash:
                ModelState.AddModelError(string.Empty, form.ClashMessage);
                return View(await form.PageAsync(input, entry, false, null, cancellationToken));
            case SaveResult.Gone when form.GoneFormMessage is { } message:
                ModelState.AddModelError(string.Empty, message);
                return ConflictView(null, await form.PageAsync(input, null, false, null, cancellationToken));
            case SaveResult.Gone:
                ShowStatus(form.GoneMessage);
                return Redirect(ListUrl(entry));
        }

        // Someone else saved it: show both versions, and let a second save (now carrying the current version) keep
        // the editor's.
        var theirs = outcome.Theirs!;
        var differences = await form.DifferencesAsync(form.ToInput(theirs), input, cancellationToken);
        ModelState.AddModelError(string.Empty, form.ConflictMessage);
        input.Version = theirs.Version;
        ModelState.Remove(nameof(input.Version));
        var conflict = new ConflictViewModel(outcome.Latest?.UserName, outcome.Latest?.At, differences);
        return ConflictView(null, await form.PageAsync(input, theirs, false, conflict, cancellationToken));
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var entry = await editor.FindAsync(form, id, cancellationToken, tracked: false);
        if (entry is null)
        {
            return NotFound();
        }

        var (consequences, blockers) = await form.DeletionAsync(entry, cancellationToken);
        return View("_Delete", new DeleteViewModel(form.Noun, id, await form.NameAsync(entry, cancellationToken), entry.Version, ListUrl(entry), consequences, blockers));
    }

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeletePost(int id, int version, CancellationToken cancellationToken)
    {
        var entry = await editor.FindAsync(form, id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        var name = await form.NameAsync(entry, cancellationToken);
        if (await form.RefusalAsync(entry, form.Quoted(entry, name), cancellationToken) is { } refusal)
        {
            ShowStatus(refusal);
            return RedirectToAction(nameof(Delete), new { id });
        }

        var (message, action) = await editor.DeleteAsync(User, form, entry, version, name, cancellationToken) switch
        {
            DeleteResult.Deleted => (form.DeletedMessage(entry, name), "Index"),
            DeleteResult.ChangedMeanwhile => form.ChangedMeanwhile(form.Quoted(entry, name)),
            _ => form.Refused(form.Quoted(entry, name)),
        };
        ShowStatus(message);
        return action == "Index" ? Redirect(ListUrl(entry)) : RedirectToAction(action, new { id });
    }

    /// <summary>Where a save or a delete leads: the list of entries of this kind.</summary>
    protected virtual string ListUrl(TEntity entry) => Url.Action("Index")!;

    /// <summary>The input a new entry's form starts from.</summary>
    protected virtual TInput NewInput() => new();
}
