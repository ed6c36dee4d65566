using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using NetEscapades.AspNetCore.SecurityHeaders;
using WsisEvents.Web.Documents;
using WsisEvents.Web.Infrastructure;

namespace WsisEvents.Web.Controllers;

/// <summary>The stored file of a document's language version (<see cref="Catalog.DocumentUrls.File"/>). Never through
/// the output cache: the address stays when an editor replaces the file, so each answer is made from the database,
/// and a client revalidates with the file's entity tag (a 304 costs one small query and no bytes sent).</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[SecurityHeadersPolicy(SecurityHeaders.StoredFilePolicy)]
public sealed class DocumentFilesController(WsisDbContext db) : Controller
{
    [HttpGet("documents/{documentId:int}/{language}/{fileName}")]
    public async Task<IActionResult> Download(int documentId, string language, string fileName, CancellationToken cancellationToken)
    {
        var file = await db.DocumentLanguageVersions.AsNoTracking()
            .Where(v => v.OutcomeDocumentId == documentId && v.Language == language && v.FileName == fileName && v.File != null)
            .Select(v => new { v.File!.Id, v.File.Sha256, v.File.MediaType, v.File.StoredAt, v.Document!.UpdatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        var inline = file.MediaType is DocumentFormats.PdfType or DocumentFormats.TextType;
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.CacheControl = "no-cache";

        // The later of the two: the file's own date, and the document's last change, which may have pointed this
        // address at another file stored earlier.
        var lastModified = new DateTimeOffset(DateTime.SpecifyKind(file.StoredAt > file.UpdatedAt ? file.StoredAt : file.UpdatedAt, DateTimeKind.Utc));
        var entityTag = new EntityTagHeaderValue($"\"{file.Sha256}\"");

        // A client revalidating the file it holds gets its 304 before the bytes are read from the database.
        if (Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
            && ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(entityTag, useStrongComparison: false)))
        {
            var headers = Response.GetTypedHeaders();
            headers.ETag = entityTag;
            headers.LastModified = lastModified;
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var bytes = await db.StoredFileContents.AsNoTracking().Where(c => c.StoredFileId == file.Id).Select(c => c.Bytes).FirstAsync(cancellationToken);
        var contentType = file.MediaType == DocumentFormats.TextType ? "text/plain; charset=utf-8" : file.MediaType;
        return File(bytes, contentType, lastModified, entityTag, enableRangeProcessing: true);
    }
}
