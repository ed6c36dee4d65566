using WsisEvents.Web.Import;

namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>The import page: empty, or a parsed text with what importing it would do.</summary>
public sealed record ImportViewModel(ParsedPage? Page, IReadOnlyList<ImportPreview>? Preview, string? Content, string? DocumentName);
