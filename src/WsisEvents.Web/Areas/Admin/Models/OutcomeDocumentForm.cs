using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Documents;
using WsisEvents.Web.Editing;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>An outcome document of a meeting, with its language versions, each a link or an uploaded file. Files are
/// read and recognised while the form is checked, and saved with the document, in its transaction.</summary>
public sealed class OutcomeDocumentForm(WsisDbContext db, DocumentFileStore files, TimeProvider clock)
    : EntryForm<OutcomeDocument, OutcomeDocumentInputModel>(ChangeHistory.EntityTypes.OutcomeDocument, "document")
{
    /// <summary>Empty rows under the saved versions, for adding languages.</summary>
    public const int NewLanguageRows = 2;

    public override IReadOnlyList<string> Links => [nameof(OutcomeDocument.Languages)];

    public override IReadOnlyList<string> Includes => [$"{nameof(OutcomeDocument.Languages)}.{nameof(DocumentLanguageVersion.File)}"];

    public override bool SaveMayClash => true;

    public override string ClashMessage =>
        "Another document was saved with this UN symbol meanwhile, or the same file was being stored at the same moment. Nothing was saved: check the symbol, choose the files again and save.";

    public override string GoneFormMessage => "This document was deleted by someone else while you were editing it. It can be restored from the history.";

    public override string ConflictMessage =>
        "Someone else saved this document while you were editing it; nothing of yours was saved. Compare below: save again to keep your version (choose any file again), or leave the page to keep theirs.";

    public override Task<string> NameAsync(OutcomeDocument entry, CancellationToken cancellationToken) => Task.FromResult(entry.Title);

    public override object Snapshot(OutcomeDocument entry) => OutcomeDocumentSnapshot.Of(entry);

    public override Notice DeletedMessage(OutcomeDocument entry, string name) =>
        new("The document {0} was deleted. It can be restored from its history, with its files.", Quoted(entry, name));

    public override async Task ValidateAsync(OutcomeDocumentInputModel input, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            modelState.AddModelError(nameof(input.Kind), "Choose the kind of document.");
        }

        if (!Enum.IsDefined(input.DatePrecision))
        {
            modelState.AddModelError(nameof(input.DatePrecision), "Choose how precisely the date is known.");
        }
        else if (DateOf(input) is { StartError: { } dateError })
        {
            modelState.AddModelError(nameof(input.Date), dateError);
        }

        if (!string.IsNullOrWhiteSpace(input.Symbol))
        {
            var symbol = DocumentSymbol.Normalize(input.Symbol);
            if (symbol is null)
            {
                modelState.AddModelError(nameof(input.Symbol), "Write a UN document symbol as parts separated by slashes: A/RES/70/125, WSIS-05/TUNIS/DOC/6(Rev.1)-E.");
            }
            else if (await db.OutcomeDocuments.AnyAsync(d => d.Symbol == symbol && d.Id != id, cancellationToken))
            {
                modelState.AddModelError(nameof(input.Symbol), "Another document has this symbol.");
            }
        }

        if (MarkdownRenderer.Check(input.Summary) is { } markdownProblem)
        {
            modelState.AddModelError(nameof(input.Summary), markdownProblem);
        }

        if (id is null && !await db.Meetings.AnyAsync(m => m.Id == input.MeetingId, cancellationToken))
        {
            modelState.AddModelError(nameof(input.MeetingId), "The meeting of this document does not exist (any more).");
        }

        await ValidateLanguagesAsync(input, modelState, cancellationToken);
    }

    private async Task ValidateLanguagesAsync(OutcomeDocumentInputModel input, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Languages.Count; i++)
        {
            var row = input.Languages[i];
            var field = $"{nameof(input.Languages)}[{i}]";
            if (row.IsBlank)
            {
                continue;
            }

            var given = string.IsNullOrWhiteSpace(row.OtherLanguage) ? row.Language : row.OtherLanguage;
            if (string.IsNullOrWhiteSpace(given))
            {
                modelState.AddModelError($"{field}.{nameof(row.Language)}", "Choose the language of the link or file.");
                continue;
            }

            row.Tag = LanguageTags.Normalize(given);
            if (row.Tag is null)
            {
                modelState.AddModelError($"{field}.{nameof(row.OtherLanguage)}", $"“{given.Trim()}” is not a language tag. {LanguageTags.Message}");
                continue;
            }

            if (!seen.Add(row.Tag))
            {
                modelState.AddModelError($"{field}.{nameof(row.Language)}", $"The language {row.Tag} is given twice: a document has one version per language.");
            }

            if (row.Remove)
            {
                continue;
            }

            if (row.File is not null && !string.IsNullOrWhiteSpace(row.Url))
            {
                modelState.AddModelError($"{field}.{nameof(row.File)}", $"Give either a link or a file for {row.Tag}, not both.");
            }
            else if (!string.IsNullOrWhiteSpace(row.Url) && !WebAddresses.IsWebAddress(row.Url))
            {
                modelState.AddModelError($"{field}.{nameof(row.Url)}", "The link must be an address starting with https:// or http://.");
            }
            else if (row.File is { } upload)
            {
                await using var stream = upload.OpenReadStream();
                var (received, problem) = await files.ReceiveAsync(stream, upload.Length, cancellationToken);
                row.Received = received;
                if (problem is not null)
                {
                    modelState.AddModelError($"{field}.{nameof(row.File)}", $"{row.Tag}: {problem}");
                }
            }
        }

        if (input.Languages.All(r => r.IsBlank || r.Remove))
        {
            modelState.AddModelError(nameof(input.Languages), "A document needs at least one language version: choose its language (with a link or a file if there is one).");
        }
    }

    public override async Task<OutcomeDocument> NewEntryAsync(OutcomeDocumentInputModel input, CancellationToken cancellationToken)
    {
        var positions = await db.OutcomeDocuments.Where(d => d.MeetingId == input.MeetingId).Select(d => (int?)d.Position).MaxAsync(cancellationToken);
        var document = new OutcomeDocument
        {
            MeetingId = input.MeetingId,
            Position = (positions ?? -1) + 1,
            Title = input.Title.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Apply(input, document);
        document.UpdatedAt = document.CreatedAt;
        return document;
    }

    public override void Apply(OutcomeDocumentInputModel input, OutcomeDocument document)
    {
        var date = DateOf(input).Span;
        document.Title = input.Title.Trim();
        document.Kind = input.Kind;
        document.Date = date?.Start;
        document.DatePrecision = date?.Precision ?? input.DatePrecision;
        document.Symbol = DocumentSymbol.Normalize(input.Symbol);
        document.Summary = EditedText.OrNull(input.Summary);
        document.UpdatedAt = clock.GetUtcNow().UtcDateTime;

        foreach (var row in input.Languages.Where(r => r.Tag is not null))
        {
            var version = document.Languages.FirstOrDefault(l => l.Language == row.Tag);
            if (row.Remove)
            {
                if (version is not null)
                {
                    document.Languages.Remove(version);
                }

                continue;
            }

            if (version is null)
            {
                version = new DocumentLanguageVersion { Language = row.Tag! };
                document.Languages.Add(version);
            }

            if (row.Received is { } received)
            {
                version.Url = null;
                version.File = received.File;
                version.FileName = SafeFileNames.Make(row.File?.FileName, Slug.From(document.Title), received.Format);
                version.StatedFormat = null;
                version.StatedSize = null;
            }
            else if (WebAddresses.Normalize(row.Url) is { } url)
            {
                version.Url = url;
                version.File = null;
                version.StoredFileId = null;
                version.FileName = null;
            }
            else if (string.IsNullOrWhiteSpace(row.Url))
            {
                // A link cleared: the version has neither until a file or a link is given. A file stays.
                version.Url = null;
            }
        }

        document.RefreshSearchText();
    }

    public override OutcomeDocumentInputModel ToInput(OutcomeDocument d) => new()
    {
        MeetingId = d.MeetingId,
        Title = d.Title,
        Kind = d.Kind,
        DatePrecision = d.DatePrecision,
        Date = d.Date is { } date ? EditedDates.Format(date, d.DatePrecision) : null,
        Symbol = d.Symbol,
        Summary = d.Summary,
        Languages = [.. d.Languages.OrderBy(l => l.Language, StringComparer.Ordinal)
            .Select(l => new LanguageVersionInput { Language = l.Language, Url = l.Url, FileName = l.StoredFileId is null ? null : l.FileName })],
        Version = d.Version,
    };

    public override async Task<object> PageAsync(OutcomeDocumentInputModel input, OutcomeDocument? document, bool withPreview, ConflictViewModel? conflict, CancellationToken cancellationToken)
    {
        var meetingId = document?.MeetingId ?? input.MeetingId;
        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => m.Title).FirstOrDefaultAsync(cancellationToken);
        var saved = document is null
            ? []
            : await db.DocumentLanguageVersions.AsNoTracking().Where(v => v.OutcomeDocumentId == document.Id)
                .Select(v => new { v.Language, v.Url, v.FileName, Length = (long?)v.File!.Length, MediaType = v.File.MediaType, v.StatedFormat })
                .ToListAsync(cancellationToken);

        // The saved versions keep their rows; the empty rows for adding a language follow.
        var rows = input.Languages.Where(r => !r.IsBlank).ToList();
        rows.AddRange(saved.Where(s => rows.All(r => r.Language != s.Language)).Select(s => new LanguageVersionInput { Language = s.Language, Url = s.Url }));
        rows.AddRange(Enumerable.Range(0, NewLanguageRows).Select(_ => new LanguageVersionInput()));
        input.Languages = rows;

        return new OutcomeDocumentFormViewModel
        {
            Input = input,
            Id = document?.Id,
            MeetingTitle = meeting ?? "(deleted meeting)",
            MeetingEditUrl = $"/admin/meetings/{meetingId}/edit",
            Saved = saved.ToDictionary(
                s => s.Language,
                s => new SavedLanguageVersion(s.Url, s.FileName, s.FileName is null || s.Length is null ? null : DocumentUrls.File(document!.Id, s.Language, s.FileName), s.Length, s.MediaType, s.StatedFormat)),
            Preview = withPreview ? new HtmlString(MarkdownRenderer.ToHtml(input.Summary)) : null,
            Conflict = conflict,
            Source = document?.SourceText is null ? null : new SourceDto(document.SourceDocument, document.SourceLine, document.SourceText),
            MaxUploadText = files.MaxUploadText,
        };
    }

    public override Task<IReadOnlyList<FieldDifference>> DifferencesAsync(OutcomeDocumentInputModel saved, OutcomeDocumentInputModel yours, CancellationToken cancellationToken)
    {
        static string Languages(OutcomeDocumentInputModel m) => string.Join("; ", m.Languages
            .Where(r => !r.IsBlank && !r.Remove)
            .Select(r => (r.Tag ?? r.Language ?? "?") + ": " + (r.File is { } file ? $"new file {file.FileName}"
                : !string.IsNullOrWhiteSpace(r.Url) ? r.Url.Trim()
                : r.FileName is { } name ? $"file {name}"
                : "no link or file"))
            .Order(StringComparer.Ordinal));
        return Task.FromResult(FieldDifference.Between(
            ("Title", saved.Title, yours.Title.Trim()),
            ("Kind", OutcomeDocumentFormViewModel.KindLabel(saved.Kind), OutcomeDocumentFormViewModel.KindLabel(yours.Kind)),
            ("Precision", saved.DatePrecision.ToString(), yours.DatePrecision.ToString()),
            ("Date", saved.Date, EditedText.OrNull(yours.Date)),
            ("Symbol", saved.Symbol, DocumentSymbol.Normalize(yours.Symbol) ?? EditedText.OrNull(yours.Symbol)),
            ("Summary", saved.Summary, EditedText.OrNull(yours.Summary)),
            ("Languages", Languages(saved), Languages(yours))));
    }

    public override Task<(IReadOnlyList<string> Consequences, IReadOnlyList<string> Blockers)> DeletionAsync(OutcomeDocument document, CancellationToken cancellationToken)
    {
        var withFiles = document.Languages.Count(l => l.StoredFileId is not null);
        return Task.FromResult<(IReadOnlyList<string>, IReadOnlyList<string>)>((
            [
                $"Its {document.Languages.Count} language version(s) go with it; the download addresses of its {withFiles} file(s) will answer “not found”.",
                "Its files stay stored, and its history stays: it can be restored from there, with its files.",
            ],
            []));
    }

    private static EditedDates.Result DateOf(OutcomeDocumentInputModel input) =>
        string.IsNullOrWhiteSpace(input.Date) ? new EditedDates.Result(null, null, null) : EditedDates.Read(input.Date, null, input.DatePrecision);
}
