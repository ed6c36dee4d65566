using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace WsisEvents.Web.Documents;

/// <summary><c>Documents:MaxUploadBytes</c>: the largest file an editor may upload (20 MB by default).</summary>
public sealed class DocumentFileOptions
{
    public const string Section = "Documents";

    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>"20 MB", "4 KB": the limit as messages say it.</summary>
    public string MaxUploadText => MaxUploadBytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{MaxUploadBytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, MaxUploadBytes / 1024)} KB");
}

/// <summary>An upload recognised and ready to be saved with its document: a file already stored (the same bytes
/// were uploaded before) or a new one, added to the unit of work of the document's save.</summary>
public sealed record ReceivedFile(StoredFile File, DocumentFormat Format);

/// <summary>Takes uploads into the database: read within the size limit, recognised by their bytes, and
/// deduplicated by SHA-256. Nothing is saved here; the file goes in with the save of the document that refers to it,
/// in the same transaction.</summary>
public sealed class DocumentFileStore(WsisDbContext db, TimeProvider clock, IOptions<DocumentFileOptions> options)
{
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public string MaxUploadText => options.Value.MaxUploadText;

    public string TooLargeMessage => $"The file is larger than {options.Value.MaxUploadText}, the most a document file may have.";

    /// <summary>The file of an upload of <paramref name="length"/> bytes, or why it is refused.</summary>
    public async Task<(ReceivedFile? File, string? Problem)> ReceiveAsync(Stream content, long length, CancellationToken cancellationToken)
    {
        if (length > MaxUploadBytes)
        {
            return (null, TooLargeMessage);
        }

        var bytes = new byte[length];
        await content.ReadExactlyAsync(bytes, cancellationToken);
        var (format, problem) = DocumentFormats.Recognise(bytes);
        if (format is null)
        {
            return (null, problem);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var stored = db.StoredFiles.Local.FirstOrDefault(f => f.Sha256 == sha256)
            ?? await db.StoredFiles.FirstOrDefaultAsync(f => f.Sha256 == sha256, cancellationToken);
        if (stored is null)
        {
            stored = new StoredFile
            {
                Sha256 = sha256,
                MediaType = format.MediaType,
                Length = bytes.Length,
                StoredAt = clock.GetUtcNow().UtcDateTime,
                Content = new StoredFileContent { Bytes = bytes },
            };
            db.StoredFiles.Add(stored);
        }

        return (new ReceivedFile(stored, format), null);
    }
}
