using System.Security.Claims;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Editing;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Areas.Admin.Models;

public sealed class OrganizationForm(WsisDbContext db) : EntryForm<Organization, OrganizationInputModel>(ChangeHistory.EntityTypes.Organization, "organization")
{
    public override IReadOnlyList<string> Links => [nameof(Organization.Aliases), nameof(Organization.Translations)];

    public override bool DeleteMayBeRefused => true;

    public override Task<string> NameAsync(Organization entry, CancellationToken cancellationToken) => Task.FromResult(entry.Name);

    public override object Snapshot(Organization entry) => OrganizationSnapshot.Of(entry);

    public override Notice DeletedMessage(Organization entry, string name) =>
        new("The organization {0} was deleted. It can be restored from its history.", Quoted(entry, name));

    public override (Notice Message, string Action) Refused(string quoted) =>
        (new("The organization {0} gained a meeting or an affiliation meanwhile and was not deleted.", quoted), "Delete");

    public override async Task<Notice?> RefusalAsync(Organization entry, string quoted, CancellationToken cancellationToken) =>
        await db.MeetingOrganizers.AnyAsync(o => o.OrganizationId == entry.Id, cancellationToken)
        || await db.Organizations.AnyAsync(o => o.ParentId == entry.Id, cancellationToken)
        || await db.Affiliations.AnyAsync(a => a.TargetOrganizationId == entry.Id, cancellationToken)
            ? new Notice("The organization {0} still has meetings, sub-bodies or affiliations pointing to it and was not deleted.", quoted)
            : null;

    /// <summary>The affiliations it holds go with it, each with its own record, so that each can be restored.</summary>
    public override async Task RecordCascadeAsync(ClaimsPrincipal user, Organization entry, ChangeHistory history, CancellationToken cancellationToken)
    {
        foreach (var affiliation in await db.Affiliations.Where(a => a.OrganizationId == entry.Id).ToListAsync(cancellationToken))
        {
            history.Record(user, ChangeHistory.EntityTypes.Affiliation, affiliation.Id, $"{entry.Name}: {affiliation.Kind}", ChangeAction.Deleted, AffiliationSnapshot.Of(affiliation), null);
        }
    }

    public override async Task ValidateAsync(OrganizationInputModel input, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            modelState.AddModelError(nameof(input.Kind), "Choose a kind from the list.");
        }

        if (input.Website is { Length: > 0 } website && !WebAddresses.IsWebAddress(website))
        {
            modelState.AddModelError(nameof(input.Website), WebAddresses.Message);
        }

        if (MarkdownRenderer.Check(input.Description) is { } problem)
        {
            modelState.AddModelError(nameof(input.Description), problem);
        }

        if (input.ParentId is { } parentId)
        {
            if (parentId == id)
            {
                modelState.AddModelError(nameof(input.ParentId), "An organization cannot be its own parent.");
            }
            else if (!await db.Organizations.AnyAsync(o => o.Id == parentId, cancellationToken))
            {
                modelState.AddModelError(nameof(input.ParentId), "That parent organization does not exist (any more).");
            }
            else if (id is not null && await IsDescendantAsync(parentId, id.Value, cancellationToken))
            {
                modelState.AddModelError(nameof(input.ParentId), "That organization is one of this one's sub-bodies: the parents would go round in a circle.");
            }
        }

        if (input.Slug is { } slug && await db.Organizations.AnyAsync(o => o.Slug == slug && o.Id != id, cancellationToken))
        {
            modelState.AddModelError(nameof(input.Slug), "Another organization has this address.");
        }

        var aliasKeys = SplitAliases(input.Aliases).Select(OrganizationNames.Normalize).ToList();
        var taken = await db.OrganizationAliases.AsNoTracking().Where(a => aliasKeys.Contains(a.NormalizedName) && a.OrganizationId != id)
            .Select(a => a.Name).ToListAsync(cancellationToken);
        if (taken.Count > 0)
        {
            modelState.AddModelError(nameof(input.Aliases), $"Already another organization's alias: {string.Join(", ", taken)}.");
        }
        else if (SplitAliases(input.Aliases).Any(a => a.Length > FieldLengths.Name))
        {
            modelState.AddModelError(nameof(input.Aliases), $"An alias has at most {FieldLengths.Name} characters.");
        }

        TranslationInput.Validate(input.Translations, modelState, FieldLengths.Name, textLength: null, markdown: true);
    }

    public override Task<Organization> NewEntryAsync(OrganizationInputModel input, CancellationToken cancellationToken)
    {
        var organization = new Organization
        {
            Name = input.Name.Trim(),
            Slug = input.Slug ?? Slug.MakeUnique(Slug.From(EditedText.OrNull(input.Acronym) ?? input.Name), s => db.Organizations.Any(o => o.Slug == s)),
        };
        Apply(input, organization);
        return Task.FromResult(organization);
    }

    public override void Apply(OrganizationInputModel input, Organization organization)
    {
        organization.Name = input.Name.Trim();
        organization.Acronym = EditedText.OrNull(input.Acronym);
        if (input.Slug is { Length: > 0 } slug)
        {
            organization.Slug = slug;
        }

        organization.Kind = input.Kind;
        organization.ParentId = input.ParentId;
        organization.Website = EditedText.OrNull(input.Website);
        organization.Description = EditedText.OrNull(input.Description);
        EntryLinks.SetAliases(organization, SplitAliases(input.Aliases));
        VersionMovesWith(db, organization, OrganizationSnapshot.SetTranslations(organization, TranslationInput.Read(input.Translations)));
    }

    public override OrganizationInputModel ToInput(Organization o) => new()
    {
        Name = o.Name,
        Acronym = o.Acronym,
        Slug = o.Slug,
        Kind = o.Kind,
        ParentId = o.ParentId,
        Website = o.Website,
        Description = o.Description,
        Aliases = string.Join("\n", o.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal)),
        Translations = TranslationInput.For(OrganizationSnapshot.Of(o).Translations ?? []),
        Version = o.Version,
    };

    public override async Task<object> PageAsync(OrganizationInputModel input, Organization? organization, bool withPreview, ConflictViewModel? conflict, CancellationToken cancellationToken)
    {
        input.Translations = TranslationInput.For(TranslationInput.Read(input.Translations));
        return new OrganizationFormViewModel
        {
            Input = input,
            Id = organization?.Id,
            PublicUrl = organization is null ? null : $"/organizations/{organization.Slug}",
            Parents = await db.OrganizationsAsync(organization?.Id, cancellationToken),
            Preview = withPreview ? new HtmlString(MarkdownRenderer.ToHtml(input.Description)) : null,
            Conflict = conflict,
        };
    }

    public override Task<IReadOnlyList<FieldDifference>> DifferencesAsync(OrganizationInputModel saved, OrganizationInputModel yours, CancellationToken cancellationToken) =>
        Task.FromResult(FieldDifference.Between(
            [
                ("Name", saved.Name, yours.Name),
                ("Acronym", saved.Acronym, EditedText.OrNull(yours.Acronym)),
                ("Address", saved.Slug, yours.Slug),
                ("Kind", saved.Kind.ToString(), yours.Kind.ToString()),
                ("Parent", saved.ParentId?.ToString(), yours.ParentId?.ToString()),
                ("Website", saved.Website, EditedText.OrNull(yours.Website)),
                ("Aliases", saved.Aliases, string.Join("\n", SplitAliases(yours.Aliases).Order(StringComparer.Ordinal))),
                ("Description", saved.Description, EditedText.OrNull(yours.Description)),
                .. TranslationInput.Differences(saved.Translations, yours.Translations, "Name", "Description"),
            ]));

    public override async Task<(IReadOnlyList<string> Consequences, IReadOnlyList<string> Blockers)> DeletionAsync(Organization organization, CancellationToken cancellationToken)
    {
        var id = organization.Id;
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.Organizers.Any(o => o.OrganizationId == id))
            .OrderBy(m => m.StartDate).Select(m => m.Title).ToListAsync(cancellationToken);
        var children = await db.Organizations.AsNoTracking().Where(o => o.ParentId == id).Select(o => o.Name).ToListAsync(cancellationToken);
        var targetOf = await db.Affiliations.AsNoTracking().Where(a => a.TargetOrganizationId == id).Select(a => a.Organization!.Name).ToListAsync(cancellationToken);
        var holds = await db.Affiliations.CountAsync(a => a.OrganizationId == id, cancellationToken);
        return (
            [
                $"Its public page /organizations/{organization.Slug} will answer “not found”.",
                holds == 0 ? "It holds no affiliation." : $"Its {holds} affiliation(s) go with it.",
                "Its history stays, and it can be restored from there.",
            ],
            [
                .. meetings.Select(m => $"It organized the meeting “{m}”: remove it from that meeting first."),
                .. children.Select(c => $"“{c}” is one of its sub-bodies: give it another parent first."),
                .. targetOf.Select(o => $"“{o}” has an affiliation with it: delete that affiliation first."),
            ]);
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
}
