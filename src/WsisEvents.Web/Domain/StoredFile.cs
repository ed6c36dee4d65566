namespace WsisEvents.Web.Domain;

/// <summary>An uploaded file, kept in the database: every instance on one PostgreSQL database serves the same
/// files, a backup of the database holds them, and a document and its file are saved in one transaction. Files
/// are immutable and found by their SHA-256, so one content uploaded twice is stored once; deleting a document
/// keeps its files, so that restoring it from the history brings them back.</summary>
public class StoredFile
{
    public int Id { get; set; }

    /// <summary>Lower-case hex; also the download's entity tag.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The type the content was recognised as (by its bytes, not by its name or the declared type).</summary>
    public required string MediaType { get; set; }
    public long Length { get; set; }

    /// <summary>UTC.</summary>
    public DateTime StoredAt { get; set; }

    public StoredFileContent? Content { get; set; }
}

/// <summary>A stored file's bytes, in a table of their own so that listing documents never reads them.</summary>
public class StoredFileContent
{
    public int StoredFileId { get; set; }
    public required byte[] Bytes { get; set; }
}
