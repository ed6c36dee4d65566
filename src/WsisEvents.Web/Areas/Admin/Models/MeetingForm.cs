using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Editing;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Areas.Admin.Models;

public sealed partial class MeetingForm(WsisDbContext db, TimeProvider clock) : EntryForm<Meeting, MeetingInputModel>(ChangeHistory.EntityTypes.Meeting, "meeting")
{
    public override IReadOnlyList<string> Links => [nameof(Meeting.Organizers), nameof(Meeting.Themes), nameof(Meeting.Translations)];

    public override string ConflictMessage =>
        "Someone else saved this meeting while you were editing it; nothing of yours was saved. Compare below: save again to keep your version, or leave the page to keep theirs.";

    public override string GoneFormMessage => "This meeting was deleted by someone else while you were editing it. It can be restored from the history.";

    public override Task<string> NameAsync(Meeting entry, CancellationToken cancellationToken) => Task.FromResult(entry.Title);

    public override object Snapshot(Meeting entry) => MeetingSnapshot.Of(entry);

    public override Notice DeletedMessage(Meeting entry, string name) =>
        new("The meeting {0} was deleted. It can be restored from its history.", Quoted(entry, name));

    public override async Task ValidateAsync(MeetingInputModel input, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        input.OrganizerIds = input.OrganizerIds.Where(o => o is not null).Distinct().ToList();
        input.ThemeIds = input.ThemeIds.Distinct().ToList();
        var dates = Dates(input);
        if (dates.StartError is not null)
        {
            modelState.AddModelError(nameof(input.Start), dates.StartError);
        }

        if (dates.EndError is not null)
        {
            modelState.AddModelError(nameof(input.End), dates.EndError);
        }

        if (!Enum.IsDefined(input.DatePrecision))
        {
            modelState.AddModelError(nameof(input.DatePrecision), "Choose how precisely the dates are known.");
        }

        if (MarkdownRenderer.Check(input.Description) is { } markdownProblem)
        {
            modelState.AddModelError(nameof(input.Description), markdownProblem);
        }

        if (input.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, cancellationToken))
        {
            modelState.AddModelError(nameof(input.CategoryId), "That category does not exist (any more).");
        }

        var organizerIds = input.OrganizerIds.Select(o => o!.Value).ToList();
        if (await db.Organizations.CountAsync(o => organizerIds.Contains(o.Id), cancellationToken) != organizerIds.Count)
        {
            modelState.AddModelError(nameof(input.OrganizerIds), "An organizer is not in the directory (any more). Choose it again, or add it as a new organization below.");
        }

        if (await db.Themes.CountAsync(t => input.ThemeIds.Contains(t.Id), cancellationToken) != input.ThemeIds.Count)
        {
            modelState.AddModelError(nameof(input.ThemeIds), "An Action Line is not known.");
        }

        if (!string.IsNullOrWhiteSpace(input.NewOrganizationName) && !Enum.IsDefined(input.NewOrganizationKind))
        {
            modelState.AddModelError(nameof(input.NewOrganizationKind), "Choose the kind of the new organization.");
        }

        if (!string.IsNullOrWhiteSpace(input.NewOrganizationName)
            && await db.Organizations.AnyAsync(o => o.Name == input.NewOrganizationName.Trim(), cancellationToken))
        {
            modelState.AddModelError(nameof(input.NewOrganizationName), "An organization of that name is in the directory already: choose it in a list above.");
        }

        if (input.Website is { Length: > 0 } website && !WebAddresses.IsWebAddress(website))
        {
            modelState.AddModelError(nameof(input.Website), WebAddresses.Message);
        }

        TranslationInput.Validate(input.Translations, modelState, FieldLengths.Title, textLength: null, markdown: true);

        if (input.Slug is { } slug && await db.Meetings.AnyAsync(m => m.Slug == slug && m.Id != id, cancellationToken))
        {
            modelState.AddModelError(nameof(input.Slug), "Another meeting has this address.");
        }
    }

    public override async Task<Meeting> NewEntryAsync(MeetingInputModel input, CancellationToken cancellationToken)
    {
        var baseSlug = MeetingSlugs.Base(input.Title, Dates(input).Span!.Value.Start.Year);
        var taken = await db.Meetings.Where(m => m.Slug == baseSlug || m.Slug.StartsWith(baseSlug + "-")).Select(m => m.Slug).ToListAsync(cancellationToken);
        var meeting = new Meeting
        {
            Title = input.Title.Trim(),
            Slug = input.Slug ?? Slug.MakeUnique(baseSlug, taken.Contains),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Apply(input, meeting);
        meeting.UpdatedAt = meeting.CreatedAt;
        return meeting;
    }

    public override void Apply(MeetingInputModel input, Meeting meeting)
    {
        var dates = Dates(input).Span!.Value;
        meeting.Title = input.Title.Trim();
        if (input.Slug is { Length: > 0 } slug)
        {
            meeting.Slug = slug;
        }

        meeting.StartDate = dates.Start;
        meeting.EndDate = dates.End;
        meeting.DatePrecision = dates.Precision;
        meeting.City = EditedText.OrNull(input.City);
        meeting.Country = EditedText.OrNull(input.Country);
        meeting.Venue = EditedText.OrNull(input.Venue);
        meeting.IsOnline = input.IsOnline;
        meeting.Website = WebAddresses.Normalize(input.Website);
        meeting.CategoryId = input.CategoryId!.Value;
        meeting.Description = EditedText.OrNull(input.Description);
        meeting.UpdatedAt = clock.GetUtcNow().UtcDateTime;

        var names = meeting.Organizers.ToDictionary(o => o.OrganizationId, o => o.NameAsWritten);
        EntryLinks.SetOrganizers(meeting, input.OrganizerIds
            .Select(o => new OrganizerSnapshot(o!.Value, names.GetValueOrDefault(o.Value)))
            .ToList());
        if (!string.IsNullOrWhiteSpace(input.NewOrganizationName))
        {
            var acronym = EditedText.OrNull(input.NewOrganizationAcronym);
            var organization = new Organization
            {
                Name = input.NewOrganizationName.Trim(),
                Acronym = acronym,
                Slug = Slug.MakeUnique(Slug.From(acronym ?? input.NewOrganizationName), s => db.Organizations.Any(o => o.Slug == s)),
                Kind = input.NewOrganizationKind,
            };
            meeting.Organizers.Add(new MeetingOrganizer { Organization = organization, Position = meeting.Organizers.Count });
        }

        EntryLinks.SetThemes(meeting, input.ThemeIds);
        MeetingSnapshot.SetTranslations(meeting, TranslationInput.Read(input.Translations));
    }

    public override MeetingInputModel ToInput(Meeting m) => new()
    {
        Title = m.Title,
        Slug = m.Slug,
        DatePrecision = m.DatePrecision,
        Start = EditedDates.Format(m.StartDate, m.DatePrecision),
        End = EditedDates.Format(m.EndDate, m.DatePrecision),
        City = m.City,
        Country = m.Country,
        Venue = m.Venue,
        IsOnline = m.IsOnline,
        Website = m.Website,
        CategoryId = m.CategoryId,
        Description = m.Description,
        OrganizerIds = [.. m.Organizers.OrderBy(o => o.Position).Select(o => (int?)o.OrganizationId)],
        ThemeIds = [.. m.Themes.Select(t => t.ThemeId)],
        Translations = TranslationInput.For(MeetingSnapshot.Of(m).Translations ?? []),
        Version = m.Version,
    };

    public override async Task<object> PageAsync(MeetingInputModel input, Meeting? meeting, bool withPreview, ConflictViewModel? conflict, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new { t.Id, t.Code, t.Name }).ToListAsync(cancellationToken);
        input.Translations = TranslationInput.For(TranslationInput.Read(input.Translations));
        return new MeetingFormViewModel
        {
            Input = input,
            Id = meeting?.Id,
            PublicUrl = meeting is null ? null : MeetingUrls.Page(meeting.Slug),
            Organizations = await db.OrganizationsAsync(null, cancellationToken),
            Categories = categories.Select(c => (c.Id, c.Name)).ToList(),
            ThemeOptions = themes.Select(t => (t.Id, t.Code, t.Name)).ToList(),
            Preview = withPreview ? new HtmlString(MarkdownRenderer.ToHtml(input.Description)) : null,
            Conflict = conflict,
            Source = meeting?.SourceText is null ? null : new SourceDto(meeting.SourceDocument, meeting.SourceLine, meeting.SourceText),
        };
    }

    public override async Task<IReadOnlyList<FieldDifference>> DifferencesAsync(MeetingInputModel saved, MeetingInputModel yours, CancellationToken cancellationToken)
    {
        var names = await db.OrganizationShortNamesAsync(saved.OrganizerIds.Concat(yours.OrganizerIds).Select(o => o!.Value), cancellationToken);
        var themeCodes = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Code, cancellationToken);
        string Organizers(MeetingInputModel m) => string.Join(", ", m.OrganizerIds.Select(o => names.GetValueOrDefault(o!.Value, "?")));
        string Themes(MeetingInputModel m) => string.Join(", ", m.ThemeIds.Order().Select(t => themeCodes.GetValueOrDefault(t, "?")));
        return FieldDifference.Between(
            [("Title", saved.Title, yours.Title),
            ("Address", saved.Slug, yours.Slug),
            ("Precision", saved.DatePrecision.ToString(), yours.DatePrecision.ToString()),
            ("Start", saved.Start, yours.Start),
            ("End", saved.End, string.IsNullOrWhiteSpace(yours.End) ? yours.Start : yours.End),
            ("City", saved.City, EditedText.OrNull(yours.City)),
            ("Country", saved.Country, EditedText.OrNull(yours.Country)),
            ("Venue", saved.Venue, EditedText.OrNull(yours.Venue)),
            ("Online", saved.IsOnline ? "yes" : "no", yours.IsOnline ? "yes" : "no"),
            ("Website", saved.Website, WebAddresses.Normalize(yours.Website) ?? EditedText.OrNull(yours.Website)),
            ("Category", saved.CategoryId.ToString(), yours.CategoryId?.ToString()),
            ("Organizers", Organizers(saved), Organizers(yours)),
            ("Action Lines", Themes(saved), Themes(yours)),
            ("Description", saved.Description, EditedText.OrNull(yours.Description)),
            .. TranslationInput.Differences(saved.Translations, yours.Translations, "Title", "Description")]);
    }

    public override async Task<(IReadOnlyList<string> Consequences, IReadOnlyList<string> Blockers)> DeletionAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var relations = await db.MeetingRelations.CountAsync(r => r.MeetingId == meeting.Id || r.RelatedMeetingId == meeting.Id, cancellationToken);
        return (
            [
                $"Its public page /meetings/{meeting.Slug} will answer “not found”.",
                $"Its links to {meeting.Organizers.Count} organizer(s) and {meeting.Themes.Count} Action Line(s) go with it.",
                relations == 0 ? "No other meeting refers to it." : $"{relations} link(s) with related meetings go with it.",
                await OutcomesConsequenceAsync(meeting, cancellationToken),
                "Its history stays, and it can be restored from there.",
            ],
            []);
    }

    private static EditedDates.Result Dates(MeetingInputModel input) => EditedDates.Read(input.Start ?? "", input.End, input.DatePrecision);
}
