using System.Security.Claims;
using WsisEvents.Web.Editing;

namespace WsisEvents.Web.Areas.Admin.Models;

// A meeting's outcome documents go with it (the database cascades); each is recorded as deleted, so that it can be
// restored from the history, with its files, once the meeting is back.
public sealed partial class MeetingForm
{
    public override async Task RecordCascadeAsync(ClaimsPrincipal user, Meeting entry, ChangeHistory history, CancellationToken cancellationToken)
    {
        var documents = await db.OutcomeDocuments.AsNoTracking().Include(d => d.Languages).ThenInclude(l => l.File)
            .Where(d => d.MeetingId == entry.Id).ToListAsync(cancellationToken);
        foreach (var document in documents)
        {
            history.Record(user, ChangeHistory.EntityTypes.OutcomeDocument, document.Id, document.Title, ChangeAction.Deleted, OutcomeDocumentSnapshot.Of(document), null);
        }
    }

    private async Task<string> OutcomesConsequenceAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var count = await db.OutcomeDocuments.CountAsync(d => d.MeetingId == meeting.Id, cancellationToken);
        return count == 0
            ? "It has no outcome documents."
            : $"Its {count} outcome document(s) go with it; each can be restored from the history, with its files, once the meeting is back.";
    }
}
