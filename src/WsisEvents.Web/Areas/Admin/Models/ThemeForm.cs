using Microsoft.AspNetCore.Mvc.ModelBinding;
using WsisEvents.Web.Editing;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>The WSIS Action Lines. Their codes are fixed by the Geneva Plan of Action; editors mostly correct names and
/// explanations, but may add or remove a line that no meeting is filed under.</summary>
public sealed class ThemeForm(WsisDbContext db) : EntryForm<Theme, ThemeInputModel>(ChangeHistory.EntityTypes.Theme, "Action Line")
{
    public override bool DeleteMayBeRefused => true;

    public override IReadOnlyList<string> Links => [nameof(Theme.Translations)];

    public override Task<string> NameAsync(Theme entry, CancellationToken cancellationToken) => Task.FromResult($"{entry.Code} {entry.Name}");

    public override object Snapshot(Theme entry) => ThemeSnapshot.Of(entry);

    /// <summary>An Action Line is called by its code: "C5".</summary>
    public override string Quoted(Theme entry, string name) => entry.Code;

    public override (Notice Message, string Action) ChangedMeanwhile(string quoted) =>
        (new("The Action Line {0} was changed or given meetings meanwhile and was not deleted.", quoted), "Index");

    public override async Task<Notice?> RefusalAsync(Theme entry, string quoted, CancellationToken cancellationToken) =>
        await db.MeetingThemes.AnyAsync(t => t.ThemeId == entry.Id, cancellationToken) ? new("The Action Line {0} still has meetings and was not deleted.", quoted) : null;

    public override async Task ValidateAsync(ThemeInputModel input, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (await db.Themes.AnyAsync(t => t.Code == input.Code && t.Id != id, cancellationToken))
        {
            modelState.AddModelError(nameof(input.Code), "Another Action Line has this code.");
        }

        if (await db.Themes.AnyAsync(t => t.Slug == input.Slug && t.Id != id, cancellationToken))
        {
            modelState.AddModelError(nameof(input.Slug), "Another Action Line has this address.");
        }

        TranslationInput.Validate(input.Translations, modelState, FieldLengths.Name, FieldLengths.SourceText, markdown: false);
    }

    public override Task<Theme> NewEntryAsync(ThemeInputModel input, CancellationToken cancellationToken)
    {
        var theme = new Theme { Code = input.Code, Slug = input.Slug, Name = input.Name };
        Apply(input, theme);
        return Task.FromResult(theme);
    }

    public override void Apply(ThemeInputModel input, Theme theme)
    {
        theme.Code = input.Code;
        theme.Slug = input.Slug;
        theme.Name = input.Name.Trim();
        theme.Summary = EditedText.OrNull(input.Summary);
        theme.SortOrder = input.SortOrder;
        VersionMovesWith(db, theme, ThemeSnapshot.SetTranslations(theme, TranslationInput.Read(input.Translations)));
    }

    public override ThemeInputModel ToInput(Theme t) =>
        new()
        {
            Code = t.Code, Name = t.Name, Slug = t.Slug, Summary = t.Summary, SortOrder = t.SortOrder,
            Translations = TranslationInput.For(ThemeSnapshot.Of(t).Translations ?? []), Version = t.Version,
        };

    public override Task<object> PageAsync(ThemeInputModel input, Theme? entry, bool withPreview, ConflictViewModel? conflict, CancellationToken cancellationToken)
    {
        input.Translations = TranslationInput.For(TranslationInput.Read(input.Translations));
        return Task.FromResult<object>(new EntryFormViewModel<ThemeInputModel> { Input = input, Id = entry?.Id, Conflict = conflict });
    }

    public override Task<IReadOnlyList<FieldDifference>> DifferencesAsync(ThemeInputModel saved, ThemeInputModel yours, CancellationToken cancellationToken) =>
        Task.FromResult(FieldDifference.Between(
            [("Code", saved.Code, yours.Code), ("Name", saved.Name, yours.Name), ("Address", saved.Slug, yours.Slug), ("Summary", saved.Summary, EditedText.OrNull(yours.Summary)),
            .. TranslationInput.Differences(saved.Translations, yours.Translations, "Name", "Summary")]));

    public override async Task<(IReadOnlyList<string> Consequences, IReadOnlyList<string> Blockers)> DeletionAsync(Theme entry, CancellationToken cancellationToken)
    {
        var meetings = await db.MeetingThemes.CountAsync(t => t.ThemeId == entry.Id, cancellationToken);
        return (["Its history stays, and it can be restored from there."],
            meetings == 0 ? [] : [$"{meetings} meeting(s) are filed under it: take them off it first."]);
    }
}
