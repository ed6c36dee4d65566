namespace WsisEvents.Web.Domain;

/// <summary>What a meeting produced: a report, a declaration, a chair's summary… One meeting may have several, in
/// <see cref="Position"/> order. The document is the entry editors version, history and restore; its language
/// versions are part of it.</summary>
public class OutcomeDocument : IVersioned
{
    public int Id { get; set; }

    public int Version { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    /// <summary>Order among the meeting's outcomes, from 0.</summary>
    public int Position { get; set; }
    public required string Title { get; set; }
    public OutcomeKind Kind { get; set; }

    /// <summary>When it was issued: the first day of the month or year when less precise; null when not known.</summary>
    public DateOnly? Date { get; set; }
    public DatePrecision DatePrecision { get; set; }

    /// <summary>The UN document symbol ("WSIS-03/GENEVA/DOC/4-E", "A/RES/70/125"), unique across the catalog; see
    /// <see cref="DocumentSymbol"/>.</summary>
    public string? Symbol { get; set; }

    /// <summary>Markdown, short.</summary>
    public string? Summary { get; set; }

    /// <summary>Title, symbol and summary folded to lower-case ASCII (<see cref="Slug.FoldToAscii"/>), which the text
    /// search of /documents matches on both providers; kept by <see cref="RefreshSearchText"/>.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>Where the entry comes from: the source file, the line, and the sentence that names the outcome, exactly
    /// as the source has it.</summary>
    public string? SourceDocument { get; set; }
    public int? SourceLine { get; set; }
    public string? SourceText { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }
    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    public List<DocumentLanguageVersion> Languages { get; set; } = [];

    public void RefreshSearchText() =>
        SearchText = Slug.FoldToAscii(string.Join(' ', new[] { Title, Symbol, Summary }.Where(t => !string.IsNullOrWhiteSpace(t))))
            .ToLowerInvariant();
}

/// <summary>One language of an outcome document: a link to it elsewhere, a file stored here, or neither yet (an
/// outcome the source texts name, or a document line of an imported page, waiting for an editor to attach the
/// file). Never both.</summary>
public class DocumentLanguageVersion
{
    public int Id { get; set; }
    public int OutcomeDocumentId { get; set; }
    public OutcomeDocument? Document { get; set; }

    /// <summary>A BCP 47 language tag, lower-case ("en", "fr", "es", "ar", "ru", "zh").</summary>
    public required string Language { get; set; }

    /// <summary>http or https.</summary>
    public string? Url { get; set; }

    public int? StoredFileId { get; set; }
    public StoredFile? File { get; set; }

    /// <summary>The name a download is saved under: the uploaded name made safe (no folders, no control
    /// characters), with the extension of the type the content was recognised as.</summary>
    public string? FileName { get; set; }

    /// <summary>The format and the size in bytes as an imported page states them ("PDF", "245 KB"), for a version
    /// without a stored file; a stored file's own type and length are in <see cref="StoredFile"/>.</summary>
    public string? StatedFormat { get; set; }
    public long? StatedSize { get; set; }
}

public enum OutcomeKind
{
    Report = 0,
    ChairsSummary = 1,
    Declaration = 2,
    Recommendations = 3,
    AgendaForAction = 4,
    Presentation = 5,
    Other = 6,
}
