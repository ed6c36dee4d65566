namespace WsisEvents.Web.Editing;

/// <summary>What the history stores of an outcome document: its fields and its language versions. A version's file
/// is named by its SHA-256, the key the file is stored under (files are never deleted), rather than by its id, which
/// a file uploaded in the same save does not have yet when the record is written.</summary>
public sealed record OutcomeDocumentSnapshot(
    int Id,
    int MeetingId,
    int Position,
    string Title,
    OutcomeKind Kind,
    DateOnly? Date,
    DatePrecision DatePrecision,
    string? Symbol,
    string? Summary,
    string? SourceDocument,
    int? SourceLine,
    string? SourceText,
    IReadOnlyList<LanguageVersionSnapshot> Languages)
{
    public static OutcomeDocumentSnapshot Of(OutcomeDocument d) => new(
        d.Id, d.MeetingId, d.Position, d.Title, d.Kind, d.Date, d.DatePrecision, d.Symbol, d.Summary, d.SourceDocument, d.SourceLine, d.SourceText,
        [.. d.Languages.OrderBy(l => l.Language, StringComparer.Ordinal).Select(LanguageVersionSnapshot.Of)]);

    /// <summary>Puts the snapshot's values on <paramref name="d"/>, loaded with its language versions but not their
    /// files (the versions' keys decide); <paramref name="fileIds"/> gives the id of each file by its SHA-256.</summary>
    public void ApplyTo(OutcomeDocument d, IReadOnlyDictionary<string, int> fileIds)
    {
        d.MeetingId = MeetingId;
        d.Position = Position;
        d.Title = Title;
        d.Kind = Kind;
        d.Date = Date;
        d.DatePrecision = DatePrecision;
        d.Symbol = Symbol;
        d.Summary = Summary;
        d.SourceDocument = SourceDocument;
        d.SourceLine = SourceLine;
        d.SourceText = SourceText;
        var wanted = Languages.Select(l => l.Language).ToHashSet(StringComparer.Ordinal);
        d.Languages.RemoveAll(l => !wanted.Contains(l.Language));
        foreach (var language in Languages)
        {
            var version = d.Languages.FirstOrDefault(l => l.Language == language.Language);
            if (version is null)
            {
                version = new DocumentLanguageVersion { Language = language.Language };
                d.Languages.Add(version);
            }

            version.Url = language.Url;
            version.StoredFileId = language.FileSha256 is null ? null : fileIds[language.FileSha256];
            version.FileName = language.FileName;
            version.StatedFormat = language.StatedFormat;
            version.StatedSize = language.StatedSize;
        }

        d.RefreshSearchText();
    }
}

public sealed record LanguageVersionSnapshot(string Language, string? Url, string? FileSha256, string? FileName, string? StatedFormat, long? StatedSize)
{
    public static LanguageVersionSnapshot Of(DocumentLanguageVersion v) =>
        new(v.Language, v.Url, v.File?.Sha256, v.FileName, v.StatedFormat, v.StatedSize);
}
