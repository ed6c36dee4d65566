using Microsoft.AspNetCore.Mvc.ModelBinding;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Editing;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Areas.Admin.Models;

public sealed class AffiliationForm(WsisDbContext db) : EntryForm<Affiliation, AffiliationInputModel>(ChangeHistory.EntityTypes.Affiliation, "affiliation")
{
    public override bool SaveMayClash => true;

    public override IReadOnlyList<string> Links => [nameof(Affiliation.Translations)];

    public override string ClashMessage => "This affiliation exists already.";

    /// <summary>"ISOC: consultative status with ECOSOC".</summary>
    public override async Task<string> NameAsync(Affiliation entry, CancellationToken cancellationToken)
    {
        var names = await db.OrganizationShortNamesAsync([entry.OrganizationId, entry.TargetOrganizationId], cancellationToken);
        return $"{names.GetValueOrDefault(entry.OrganizationId, "?")}: {Phrases.Of(entry.Kind).ToLowerInvariant()} {names.GetValueOrDefault(entry.TargetOrganizationId, "?")}";
    }

    public override object Snapshot(Affiliation entry) => AffiliationSnapshot.Of(entry);

    public override (Notice Message, string Action) ChangedMeanwhile(string quoted) =>
        (new("The affiliation {0} was changed by someone else meanwhile and was not deleted.", quoted), "Edit");

    public override async Task ValidateAsync(AffiliationInputModel input, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            modelState.AddModelError(nameof(input.Kind), "Choose a kind of affiliation from the list.");
        }

        if (!PartialDates.TryParse(input.Since, out _, out _))
        {
            modelState.AddModelError(nameof(input.Since), "Write the date as 2010, 2008-05 or 2008-05-14, or leave it empty.");
        }

        var ids = new[] { input.OrganizationId, input.TargetOrganizationId }.OfType<int>().ToList();
        if (await db.Organizations.CountAsync(o => ids.Contains(o.Id), cancellationToken) != ids.Distinct().Count())
        {
            modelState.AddModelError(nameof(input.OrganizationId), "An organization is not in the directory (any more).");
        }

        if (input.OrganizationId is not null && input.OrganizationId == input.TargetOrganizationId)
        {
            modelState.AddModelError(nameof(input.TargetOrganizationId), "An organization cannot be affiliated with itself.");
        }

        if (await db.Affiliations.AnyAsync(a => a.OrganizationId == input.OrganizationId && a.TargetOrganizationId == input.TargetOrganizationId && a.Kind == input.Kind && a.Id != id, cancellationToken))
        {
            modelState.AddModelError(string.Empty, ClashMessage);
        }

        TranslationInput.Validate(input.Translations, modelState, FieldLengths.Name, FieldLengths.SourceText, markdown: false);
    }

    public override Task<Affiliation> NewEntryAsync(AffiliationInputModel input, CancellationToken cancellationToken)
    {
        var affiliation = new Affiliation();
        Apply(input, affiliation);
        return Task.FromResult(affiliation);
    }

    public override void Apply(AffiliationInputModel input, Affiliation affiliation)
    {
        _ = PartialDates.TryParse(input.Since, out var since, out var precision); // checked by ValidateAsync
        affiliation.OrganizationId = input.OrganizationId!.Value;
        affiliation.TargetOrganizationId = input.TargetOrganizationId!.Value;
        affiliation.Kind = input.Kind;
        affiliation.Since = since;
        affiliation.SincePrecision = precision;
        affiliation.SourceDocument = EditedText.OrNull(input.SourceDocument);
        affiliation.SourceText = EditedText.OrNull(input.SourceText);
        VersionMovesWith(db, affiliation, AffiliationSnapshot.SetTranslations(affiliation, TranslationInput.Read(input.Translations, names: false)));
    }

    public override AffiliationInputModel ToInput(Affiliation a) => new()
    {
        OrganizationId = a.OrganizationId,
        TargetOrganizationId = a.TargetOrganizationId,
        Kind = a.Kind,
        Since = PartialDates.Format(a.Since, a.SincePrecision),
        SourceDocument = a.SourceDocument,
        SourceText = a.SourceText,
        Translations = TranslationInput.For(AffiliationSnapshot.Of(a).Translations ?? []),
        Version = a.Version,
    };

    public override async Task<object> PageAsync(AffiliationInputModel input, Affiliation? entry, bool withPreview, ConflictViewModel? conflict, CancellationToken cancellationToken)
    {
        input.Translations = TranslationInput.For(TranslationInput.Read(input.Translations, names: false));
        return new EntryFormViewModel<AffiliationInputModel>
        {
            Input = input,
            Id = entry?.Id,
            Organizations = await db.OrganizationsAsync(null, cancellationToken),
            Conflict = conflict,
        };
    }

    public override Task<IReadOnlyList<FieldDifference>> DifferencesAsync(AffiliationInputModel saved, AffiliationInputModel yours, CancellationToken cancellationToken) =>
        Task.FromResult(FieldDifference.Between(
            [
                ("Organization", saved.OrganizationId?.ToString(), yours.OrganizationId?.ToString()),
                ("With", saved.TargetOrganizationId?.ToString(), yours.TargetOrganizationId?.ToString()),
                ("Kind", saved.Kind.ToString(), yours.Kind.ToString()),
                ("Since", saved.Since, yours.Since),
                ("Source", saved.SourceText, yours.SourceText),
                .. TranslationInput.Differences(saved.Translations, yours.Translations, nameField: null, "Source"),
            ]));

    public override Task<(IReadOnlyList<string> Consequences, IReadOnlyList<string> Blockers)> DeletionAsync(Affiliation entry, CancellationToken cancellationToken) =>
        Task.FromResult<(IReadOnlyList<string>, IReadOnlyList<string>)>((["It disappears from both organizations' pages.", "Its history stays, and it can be restored from there."], []));
}
