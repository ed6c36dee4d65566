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

[Route("admin/meetings")]
public sealed class MeetingsController(WsisDbContext db, ChangeHistory history, TimeProvider clock) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? page, CancellationToken cancellationToken)
    {
        var meetings = db.Meetings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = LikePattern.Containing(q.Trim());
            meetings = db.Database.IsNpgsql()
                ? meetings.Where(m => EF.Functions.ILike(m.Title, pattern, LikePattern.Escape) || EF.Functions.ILike(m.Slug, pattern, LikePattern.Escape))
                : meetings.Where(m => EF.Functions.Like(m.Title, pattern, LikePattern.Escape) || EF.Functions.Like(m.Slug, pattern, LikePattern.Escape));
        }

        var number = PageNumber(page);
        var total = await meetings.CountAsync(cancellationToken);
        var items = await meetings.InOrder(newestFirst: true).Skip((number - 1) * PageSize).Take(PageSize)
            .Select(m => new MeetingRow(m.Id, m.Slug, m.Title, m.StartDate, m.EndDate, m.DatePrecision, m.Category!.Name, m.UpdatedAt))
            .ToListAsync(cancellationToken);
        return View(new AdminPage<MeetingRow>(items, total, number, PageSize, q));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await FormAsync(new MeetingInputModel(), null, cancellationToken));

    [HttpPost("create")]
    [ActionName("Create")]
    public async Task<IActionResult> CreatePost(MeetingInputModel input, string? preview, CancellationToken cancellationToken)
    {
        var dates = await ValidateAsync(input, null, cancellationToken);
        if (!ModelState.IsValid || preview is not null)
        {
            return View("Edit", await FormAsync(input, null, cancellationToken, preview is not null));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var meeting = new Meeting
        {
            Title = input.Title.Trim(),
            Slug = input.Slug ?? await FreeSlugAsync(MeetingSlugs.Base(input.Title, dates!.Value.Start.Year), cancellationToken),
            CreatedAt = now,
        };
        Apply(input, dates!.Value, meeting, now);
        db.Meetings.Add(meeting);
        await history.SaveCreatedAsync(User, ChangeHistory.EntityTypes.Meeting, meeting, m => m.Id, m => m.Title, MeetingSnapshot.Of, cancellationToken);
        Confirm($"The meeting “{meeting.Title}” was added.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var meeting = await LoadAsync(id, cancellationToken);
        return meeting is null ? NotFound() : View(await FormAsync(ToInput(meeting), meeting, cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    [ActionName("Edit")]
    public async Task<IActionResult> EditPost(int id, MeetingInputModel input, string? preview, CancellationToken cancellationToken)
    {
        var meeting = await LoadAsync(id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        var dates = await ValidateAsync(input, id, cancellationToken);
        if (!ModelState.IsValid || preview is not null)
        {
            return View(await FormAsync(input, meeting, cancellationToken, preview is not null));
        }

        var before = MeetingSnapshot.Of(meeting);
        db.Entry(meeting).Property(m => m.Version).OriginalValue = input.Version;
        Apply(input, dates!.Value, meeting, clock.GetUtcNow().UtcDateTime);
        history.Record(User, ChangeHistory.EntityTypes.Meeting, meeting.Id, meeting.Title, ChangeAction.Updated, before, MeetingSnapshot.Of(meeting));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ConflictView(null, await ConflictAsync(id, input, cancellationToken));
        }

        Confirm($"The meeting “{meeting.Title}” was saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        var relations = await db.MeetingRelations.CountAsync(r => r.MeetingId == id || r.RelatedMeetingId == id, cancellationToken);
        var organizers = await db.MeetingOrganizers.CountAsync(o => o.MeetingId == id, cancellationToken);
        var themes = await db.MeetingThemes.CountAsync(t => t.MeetingId == id, cancellationToken);
        return View("_Delete", new DeleteViewModel("meeting", id, meeting.Title, meeting.Version, Url.Action(nameof(Index))!,
            [
                $"Its public page /meetings/{meeting.Slug} will answer “not found”.",
                $"Its links to {organizers} organizer(s) and {themes} Action Line(s) go with it.",
                relations == 0 ? "No other meeting refers to it." : $"{relations} link(s) with related meetings go with it.",
                "Its history stays, and it can be restored from there.",
            ],
            []));
    }

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeletePost(int id, int version, CancellationToken cancellationToken)
    {
        var meeting = await LoadAsync(id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        db.Entry(meeting).Property(m => m.Version).OriginalValue = version;
        history.Record(User, ChangeHistory.EntityTypes.Meeting, meeting.Id, meeting.Title, ChangeAction.Deleted, MeetingSnapshot.Of(meeting), null);
        db.Meetings.Remove(meeting);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Confirm($"“{meeting.Title}” was changed by someone else meanwhile and was not deleted. Look at it again first.");
            return RedirectToAction(nameof(Edit), new { id });
        }

        Confirm($"The meeting “{meeting.Title}” was deleted. It can be restored from its history.");
        return RedirectToAction(nameof(Index));
    }

    private Task<Meeting?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Meetings.Include(m => m.Organizers).Include(m => m.Themes).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>The server's checks, each message next to its field; returns the dates when they are right.</summary>
    private async Task<DateSpan?> ValidateAsync(MeetingInputModel input, int? id, CancellationToken cancellationToken)
    {
        input.OrganizerIds = input.OrganizerIds.Where(o => o is not null).Distinct().ToList();
        input.ThemeIds = input.ThemeIds.Distinct().ToList();
        var dates = EditedDates.Read(input.Start ?? "", input.End, input.DatePrecision);
        if (dates.StartError is not null)
        {
            ModelState.AddModelError(nameof(input.Start), dates.StartError);
        }

        if (dates.EndError is not null)
        {
            ModelState.AddModelError(nameof(input.End), dates.EndError);
        }

        if (!Enum.IsDefined(input.DatePrecision))
        {
            ModelState.AddModelError(nameof(input.DatePrecision), "Choose how precisely the dates are known.");
        }

        if (MarkdownRenderer.Check(input.Description) is { } markdownProblem)
        {
            ModelState.AddModelError(nameof(input.Description), markdownProblem);
        }

        if (input.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.CategoryId), "That category does not exist (any more).");
        }

        var organizerIds = input.OrganizerIds.Select(o => o!.Value).ToList();
        var known = await db.Organizations.Where(o => organizerIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        if (known.Count != organizerIds.Count)
        {
            ModelState.AddModelError(nameof(input.OrganizerIds), "An organizer is not in the directory (any more). Choose it again, or add it as a new organization below.");
        }

        var themes = await db.Themes.Where(t => input.ThemeIds.Contains(t.Id)).CountAsync(cancellationToken);
        if (themes != input.ThemeIds.Count)
        {
            ModelState.AddModelError(nameof(input.ThemeIds), "An Action Line is not known.");
        }

        if (!string.IsNullOrWhiteSpace(input.NewOrganizationName) && !Enum.IsDefined(input.NewOrganizationKind))
        {
            ModelState.AddModelError(nameof(input.NewOrganizationKind), "Choose the kind of the new organization.");
        }

        if (!string.IsNullOrWhiteSpace(input.NewOrganizationName)
            && await db.Organizations.AnyAsync(o => o.Name == input.NewOrganizationName.Trim(), cancellationToken))
        {
            ModelState.AddModelError(nameof(input.NewOrganizationName), "An organization of that name is in the directory already: choose it in a list above.");
        }

        if (input.Website is { Length: > 0 } website && !WebAddresses.IsWebAddress(website))
        {
            ModelState.AddModelError(nameof(input.Website), WebAddresses.Message);
        }

        if (input.Slug is { } slug && await db.Meetings.AnyAsync(m => m.Slug == slug && m.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.Slug), "Another meeting has this address.");
        }

        return dates.Span;
    }

    private void Apply(MeetingInputModel input, DateSpan dates, Meeting meeting, DateTime now)
    {
        meeting.Title = input.Title.Trim();
        if (input.Slug is { Length: > 0 } slug)
        {
            meeting.Slug = slug;
        }

        meeting.StartDate = dates.Start;
        meeting.EndDate = dates.End;
        meeting.DatePrecision = dates.Precision;
        meeting.City = Clean(input.City);
        meeting.Country = Clean(input.Country);
        meeting.Venue = Clean(input.Venue);
        meeting.IsOnline = input.IsOnline;
        meeting.Website = WebAddresses.Normalize(input.Website);
        meeting.CategoryId = input.CategoryId!.Value;
        meeting.Description = Clean(input.Description);
        meeting.UpdatedAt = now;

        var names = meeting.Organizers.ToDictionary(o => o.OrganizationId, o => o.NameAsWritten);
        EntryLinks.SetOrganizers(meeting, input.OrganizerIds
            .Select(o => new OrganizerSnapshot(o!.Value, names.GetValueOrDefault(o.Value)))
            .ToList());
        if (!string.IsNullOrWhiteSpace(input.NewOrganizationName))
        {
            var organization = new Organization
            {
                Name = input.NewOrganizationName.Trim(),
                Acronym = Clean(input.NewOrganizationAcronym),
                Slug = FreeOrganizationSlug(Slug.From(Clean(input.NewOrganizationAcronym) ?? input.NewOrganizationName)),
                Kind = input.NewOrganizationKind,
            };
            meeting.Organizers.Add(new MeetingOrganizer { Organization = organization, Position = meeting.Organizers.Count });
        }

        EntryLinks.SetThemes(meeting, input.ThemeIds);
    }

    private string FreeOrganizationSlug(string slug) => Slug.MakeUnique(slug, s => db.Organizations.Any(o => o.Slug == s));

    private async Task<string> FreeSlugAsync(string baseSlug, CancellationToken cancellationToken)
    {
        var taken = await db.Meetings.Where(m => m.Slug == baseSlug || m.Slug.StartsWith(baseSlug + "-")).Select(m => m.Slug).ToListAsync(cancellationToken);
        return Slug.MakeUnique(baseSlug, taken.Contains);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static MeetingInputModel ToInput(Meeting m) => new()
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
        Version = m.Version,
    };

    private async Task<MeetingFormViewModel> FormAsync(MeetingInputModel input, Meeting? meeting, CancellationToken cancellationToken, bool withPreview = false, ConflictViewModel? conflict = null)
    {
        var organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Acronym }).ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new { t.Id, t.Code, t.Name }).ToListAsync(cancellationToken);
        return new MeetingFormViewModel
        {
            Input = input,
            Id = meeting?.Id,
            PublicUrl = meeting is null ? null : MeetingUrls.Page(meeting.Slug),
            Organizations = organizations.Select(o => (o.Id, o.Acronym is null ? o.Name : $"{o.Name} ({o.Acronym})")).ToList(),
            Categories = categories.Select(c => (c.Id, c.Name)).ToList(),
            ThemeOptions = themes.Select(t => (t.Id, t.Code, t.Name)).ToList(),
            Preview = withPreview ? new HtmlString(MarkdownRenderer.ToHtml(input.Description)) : null,
            Conflict = conflict,
            Source = meeting?.SourceText is null ? null : new SourceDto(meeting.SourceDocument, meeting.SourceLine, meeting.SourceText),
        };
    }

    /// <summary>Someone saved the meeting after this editor opened it: show both versions, and let a second save
    /// (now carrying the current version) keep the editor's.</summary>
    private async Task<MeetingFormViewModel> ConflictAsync(int id, MeetingInputModel input, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var saved = await LoadAsync(id, cancellationToken);
        if (saved is null)
        {
            ModelState.AddModelError(string.Empty, "This meeting was deleted by someone else while you were editing it. It can be restored from the history.");
            return await FormAsync(input, null, cancellationToken);
        }

        var latest = await history.LatestAsync(ChangeHistory.EntityTypes.Meeting, id, cancellationToken);
        var theirs = ToInput(saved);
        var names = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Acronym ?? o.Name, cancellationToken);
        var themeCodes = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Code, cancellationToken);
        string Organizers(MeetingInputModel m) => string.Join(", ", m.OrganizerIds.Select(o => names.GetValueOrDefault(o!.Value, "?")));
        string Themes(MeetingInputModel m) => string.Join(", ", m.ThemeIds.Order().Select(t => themeCodes.GetValueOrDefault(t, "?")));
        var fields = new (string Field, string? Saved, string? Yours)[]
        {
            ("Title", theirs.Title, input.Title),
            ("Address", theirs.Slug, input.Slug),
            ("Precision", theirs.DatePrecision.ToString(), input.DatePrecision.ToString()),
            ("Start", theirs.Start, input.Start),
            ("End", theirs.End, string.IsNullOrWhiteSpace(input.End) ? input.Start : input.End),
            ("City", theirs.City, Clean(input.City)),
            ("Country", theirs.Country, Clean(input.Country)),
            ("Venue", theirs.Venue, Clean(input.Venue)),
            ("Online", theirs.IsOnline ? "yes" : "no", input.IsOnline ? "yes" : "no"),
            ("Website", theirs.Website, WebAddresses.Normalize(input.Website) ?? Clean(input.Website)),
            ("Category", theirs.CategoryId.ToString(), input.CategoryId?.ToString()),
            ("Organizers", Organizers(theirs), Organizers(input)),
            ("Action Lines", Themes(theirs), Themes(input)),
            ("Description", theirs.Description, Clean(input.Description)),
        };
        var differences = fields.Where(f => !string.Equals(f.Saved ?? "", f.Yours ?? "", StringComparison.Ordinal))
            .Select(f => new FieldDifference(f.Field, f.Saved, f.Yours)).ToList();
        ModelState.AddModelError(string.Empty,
            "Someone else saved this meeting while you were editing it; nothing of yours was saved. Compare below: save again to keep your version, or leave the page to keep theirs.");
        input.Version = saved.Version;
        ModelState.Remove(nameof(input.Version));
        return await FormAsync(input, saved, cancellationToken, conflict: new ConflictViewModel(latest?.UserName, latest?.At, differences));
    }

    public sealed record MeetingRow(int Id, string Slug, string Title, DateOnly StartDate, DateOnly EndDate, DatePrecision Precision, string Category, DateTime UpdatedAt)
    {
        public string Dates => DateRangeText.Format(StartDate, EndDate, Precision);
    }
}
