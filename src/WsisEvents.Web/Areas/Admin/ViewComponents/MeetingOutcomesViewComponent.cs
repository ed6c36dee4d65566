using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Areas.Admin.Models;

namespace WsisEvents.Web.Areas.Admin.ViewComponents;

/// <summary>The "Outcome documents" section of a meeting's edit page: its documents in order, each to edit or
/// delete, and the way to add one. Outside the meeting's form, whose save it has no part in.</summary>
public sealed class MeetingOutcomesViewComponent(WsisDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int meetingId)
    {
        var documents = await db.OutcomeDocuments.AsNoTracking().Where(d => d.MeetingId == meetingId).OrderBy(d => d.Position).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Title, d.Kind, d.Symbol, Languages = d.Languages.OrderBy(l => l.Language).Select(l => l.Language).ToList() })
            .ToListAsync(HttpContext.RequestAborted);
        return View(new MeetingOutcomesViewModel(
            meetingId,
            [.. documents.Select(d => new MeetingOutcomeRow(d.Id, d.Title, OutcomeDocumentFormViewModel.KindLabel(d.Kind), d.Symbol, string.Join(", ", d.Languages)))]));
    }
}

public sealed record MeetingOutcomesViewModel(int MeetingId, IReadOnlyList<MeetingOutcomeRow> Documents);

public sealed record MeetingOutcomeRow(int Id, string Title, string Kind, string? Symbol, string Languages);
