namespace WsisEvents.Web.Catalog;

/// <summary>The one place where outcome documents are queried, for the meeting page, <c>/documents</c>, the API and
/// the feeds.</summary>
public static class DocumentQueries
{
    /// <summary>The documents of <paramref name="filter"/>. The text search is a LIKE on the folded
    /// <see cref="OutcomeDocument.SearchText"/>, lower-case on both sides, so it ignores case and accents on SQLite and
    /// PostgreSQL alike.</summary>
    public static IQueryable<OutcomeDocument> Filter(this WsisDbContext db, DocumentFilter filter)
    {
        var documents = db.OutcomeDocuments.AsNoTracking();
        if (filter.Kind is { } kind)
        {
            documents = documents.Where(d => d.Kind == kind);
        }

        if (filter.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            documents = documents.Where(d => d.Date != null
                ? d.Date >= first && d.Date <= last
                : d.Meeting!.StartDate >= first && d.Meeting.StartDate <= last);
        }

        if (filter.ThemeId is { } themeId)
        {
            documents = documents.Where(d => d.Meeting!.Themes.Any(t => t.ThemeId == themeId));
        }

        if (filter.OrganizerId is { } organizerId)
        {
            documents = documents.Where(d => d.Meeting!.Organizers.Any(o => o.OrganizationId == organizerId));
        }

        if (filter.Language is { } language)
        {
            documents = documents.Where(d => d.Languages.Any(v => v.Language == language));
        }

        if (filter.Text is { } text)
        {
            var pattern = LikePattern.Containing(text);
            documents = documents.Where(d => EF.Functions.Like(d.SearchText, pattern, LikePattern.Escape));
        }

        return documents;
    }

    /// <summary>One page of <paramref name="filter"/>'s documents, by their meetings' dates, and the total.</summary>
    public static async Task<PagedResult<OutcomeDocumentDto>> ListAsync(
        this WsisDbContext db, DocumentFilter filter, Paging paging, CancellationToken cancellationToken)
    {
        var filtered = db.Filter(filter);
        var total = await filtered.CountAsync(cancellationToken);
        var ids = total <= paging.Skip
            ? []
            : await filtered
                .OrderBy(d => d.Meeting!.StartDate).ThenBy(d => d.MeetingId).ThenBy(d => d.Position).ThenBy(d => d.Id)
                .Skip(paging.Skip).Take(paging.PageSize)
                .Select(d => d.Id)
                .ToArrayAsync(cancellationToken);
        var documents = await db.LoadAsync(d => EF.Parameter(ids).Contains(d.Id), cancellationToken);
        var byId = documents.ToDictionary(d => d.Id);
        return new PagedResult<OutcomeDocumentDto>([.. ids.Where(byId.ContainsKey).Select(id => byId[id])], total, paging.Page, paging.PageSize);
    }

    /// <summary>The outcomes of these meetings, each meeting's in their order: one query whatever their number.</summary>
    public static async Task<ILookup<string, OutcomeDocumentDto>> OfMeetingsAsync(
        this WsisDbContext db, IReadOnlyCollection<int> meetingIds, CancellationToken cancellationToken)
    {
        if (meetingIds.Count == 0)
        {
            return Array.Empty<OutcomeDocumentDto>().ToLookup(d => d.Meeting.Slug);
        }

        var keys = meetingIds as int[] ?? [.. meetingIds];
        var documents = await db.LoadAsync(d => EF.Parameter(keys).Contains(d.MeetingId), cancellationToken);
        return documents.OrderBy(d => d.Meeting.Slug, StringComparer.Ordinal).ToLookup(d => d.Meeting.Slug);
    }

    /// <summary>The documents that <paramref name="which"/> selects, in their meetings' order, with their versions and
    /// the versions' files (type and length, never the bytes).</summary>
    private static async Task<List<OutcomeDocumentDto>> LoadAsync(
        this WsisDbContext db, System.Linq.Expressions.Expression<Func<OutcomeDocument, bool>> which, CancellationToken cancellationToken)
    {
        var rows = await db.OutcomeDocuments.AsNoTracking().AsSingleQuery()
            .Where(which)
            .OrderBy(d => d.MeetingId).ThenBy(d => d.Position).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.Id,
                d.Title,
                d.Kind,
                d.Date,
                d.DatePrecision,
                d.Symbol,
                d.Summary,
                Source = new SourceDto(d.SourceDocument, d.SourceLine, d.SourceText),
                Meeting = new MeetingRefDto(d.Meeting!.Slug, "", d.Meeting.Title),
                Languages = d.Languages.OrderBy(v => v.Id).Select(v => new
                {
                    v.Language,
                    v.Url,
                    v.FileName,
                    v.StoredFileId,
                    MediaType = v.File == null ? null : v.File.MediaType,
                    Length = v.File == null ? (long?)null : v.File.Length,
                    v.StatedFormat,
                    v.StatedSize,
                }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(d => new OutcomeDocumentDto(
            d.Id, d.Title, d.Kind, PartialDates.Format(d.Date, d.DatePrecision), d.DatePrecision, d.Symbol, d.Summary, d.Source,
            d.Meeting with { Url = MeetingUrls.Page(d.Meeting.Slug) },
            [.. d.Languages.Select(v => new DocumentVersionDto(
                v.Language,
                DocumentLanguages.SymbolFor(d.Symbol, v.Language),
                v.Url ?? (v.StoredFileId is not null && v.FileName is not null ? DocumentUrls.File(d.Id, v.Language, v.FileName) : null),
                v.MediaType ?? v.StatedFormat,
                v.Length ?? v.StatedSize))]))];
    }
}
