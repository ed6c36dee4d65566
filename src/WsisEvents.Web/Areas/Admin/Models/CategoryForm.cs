using Microsoft.AspNetCore.Mvc.ModelBinding;
using WsisEvents.Web.Editing;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Areas.Admin.Models;

public sealed class CategoryForm(WsisDbContext db) : EntryForm<Category, CategoryInputModel>(ChangeHistory.EntityTypes.Category, "category")
{
    public override bool DeleteMayBeRefused => true;

    public override IReadOnlyList<string> Links => [nameof(Category.Translations)];

    public override Task<string> NameAsync(Category entry, CancellationToken cancellationToken) => Task.FromResult(entry.Name);

    public override object Snapshot(Category entry) => CategorySnapshot.Of(entry);

    public override (Notice Message, string Action) ChangedMeanwhile(string quoted) =>
        (new("The category {0} was changed or given meetings meanwhile and was not deleted.", quoted), "Index");

    public override async Task<Notice?> RefusalAsync(Category entry, string quoted, CancellationToken cancellationToken) =>
        await db.Meetings.AnyAsync(m => m.CategoryId == entry.Id, cancellationToken) ? new("The category {0} still has meetings and was not deleted.", quoted) : null;

    public override async Task ValidateAsync(CategoryInputModel input, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var slug = input.Slug ?? Slug.From(input.Name ?? "");
        if (await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != id, cancellationToken))
        {
            modelState.AddModelError(nameof(input.Slug), "Another category has this address.");
        }

        if (input.Name is { } name && await db.Categories.AnyAsync(c => c.Name == name.Trim() && c.Id != id, cancellationToken))
        {
            modelState.AddModelError(nameof(input.Name), "Another category has this name.");
        }

        TranslationInput.Validate(input.Translations, modelState, FieldLengths.Name, textLength: null, markdown: false);
    }

    public override Task<Category> NewEntryAsync(CategoryInputModel input, CancellationToken cancellationToken)
    {
        var category = new Category { Name = input.Name.Trim(), Slug = input.Slug ?? Slug.From(input.Name), SortOrder = input.SortOrder };
        CategorySnapshot.SetTranslations(category, TranslationInput.Read(input.Translations, texts: false));
        return Task.FromResult(category);
    }

    public override void Apply(CategoryInputModel input, Category category)
    {
        category.Name = input.Name.Trim();
        category.Slug = input.Slug ?? category.Slug;
        category.SortOrder = input.SortOrder;
        VersionMovesWith(db, category, CategorySnapshot.SetTranslations(category, TranslationInput.Read(input.Translations, texts: false)));
    }

    public override CategoryInputModel ToInput(Category c) => new()
    {
        Name = c.Name, Slug = c.Slug, SortOrder = c.SortOrder, Translations = TranslationInput.For(CategorySnapshot.Of(c).Translations ?? []), Version = c.Version,
    };

    public override Task<object> PageAsync(CategoryInputModel input, Category? entry, bool withPreview, ConflictViewModel? conflict, CancellationToken cancellationToken)
    {
        input.Translations = TranslationInput.For(TranslationInput.Read(input.Translations, texts: false));
        return Task.FromResult<object>(new EntryFormViewModel<CategoryInputModel> { Input = input, Id = entry?.Id, Conflict = conflict });
    }

    public override Task<IReadOnlyList<FieldDifference>> DifferencesAsync(CategoryInputModel saved, CategoryInputModel yours, CancellationToken cancellationToken) =>
        Task.FromResult(FieldDifference.Between(
            [
                ("Name", saved.Name, yours.Name), ("Address", saved.Slug, yours.Slug ?? saved.Slug), ("Order", saved.SortOrder.ToString(), yours.SortOrder.ToString()),
                .. TranslationInput.Differences(saved.Translations, yours.Translations, "Name", textField: null),
            ]));

    public override async Task<(IReadOnlyList<string> Consequences, IReadOnlyList<string> Blockers)> DeletionAsync(Category entry, CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.CountAsync(m => m.CategoryId == entry.Id, cancellationToken);
        return (["Its history stays, and it can be restored from there."],
            meetings == 0 ? [] : [$"{meetings} meeting(s) are filed under it: move them to another category first."]);
    }
}
