using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.Localization;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Controllers;

/// <summary>Every outcome document of the catalog, filtered as <c>/api/documents</c> is, by the same code.</summary>
[Route(DocumentUrls.List)]
[OutputCache(PolicyName = OutputCaching.Page)]
public sealed class OutcomeDocumentsController(WsisDbContext db, CatalogCache cache, IStringLocalizer<Texts> localizer) : Controller
{
    [EnableRateLimiting(ServiceRegistration.SearchRateLimit)]
    [HttpGet("")]
    [OutputCache(PolicyName = OutputCaching.DocumentList)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var given = DocumentQuery.Given(Request.Query);
        var outcome = await DocumentQuery.ValidateAsync(db, Request.Query, localizer, cancellationToken);
        var options = await cache.FilterOptionsAsync(db, cancellationToken);
        var languages = (await db.DocumentLanguageVersions.AsNoTracking().Select(v => v.Language).Distinct().ToListAsync(cancellationToken))
            .Select(tag => (tag, DocumentLanguages.Name(tag, localizer)))
            .OrderBy(l => l.Item2, StringComparer.CurrentCulture)
            .ToList();
        var model = new DocumentListViewModel
        {
            Given = given.ToDictionary(g => g.Parameter.Name, g => g.Value, StringComparer.Ordinal),
            Options = options,
            Kinds = [.. Enum.GetValues<OutcomeKind>().Select(k => (ApiEnum.Name(k), DocumentKinds.Label(k, localizer)))],
            Languages = languages,
            Errors = outcome.Errors,
            CanonicalQuery = DocumentQuery.ToQueryString(given),
            ApiUrl = "/api/documents" + DocumentQuery.ToQueryString(given.Where(g => g.Parameter != DocumentQuery.Page)),
        };
        if (!outcome.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        var result = await db.ListAsync(outcome.Filter, outcome.Paging, cancellationToken);
        var totalPages = (int)Math.Ceiling(result.Total / (double)result.PageSize);
        var filters = given.Where(g => g.Parameter.Chip is not null).ToList();
        return View(new DocumentListViewModel
        {
            Given = model.Given,
            Options = model.Options,
            Kinds = model.Kinds,
            Languages = model.Languages,
            ApiUrl = model.ApiUrl,
            CanonicalQuery = model.CanonicalQuery,
            Total = result.Total,
            Documents = [.. result.Items.Select(OutcomeLine.From)],
            Chips = [.. filters.Select(f => new MeetingListViewModel.FilterChip(
                f.Parameter.Chip!(f.Value, options, localizer),
                ListUrl(given.Where(g => g.Parameter != f.Parameter && g.Parameter != DocumentQuery.Page))))],
            Pagination = new PaginationViewModel(result.Page, totalPages, p => ListUrl(OnPage(given, p))),
            ClearUrl = filters.Count == 0 ? null : DocumentUrls.List,
        });
    }

    /// <summary>The query on page <paramref name="page"/>, the parameters kept in the canonical order.</summary>
    private static IEnumerable<(DocumentQueryParameter Parameter, string Value)> OnPage(
        IEnumerable<(DocumentQueryParameter Parameter, string Value)> given, int page)
    {
        var values = given.Where(g => g.Parameter != DocumentQuery.Page).ToDictionary(g => g.Parameter, g => g.Value);
        if (page > 1)
        {
            values[DocumentQuery.Page] = page.ToString(CultureInfo.InvariantCulture);
        }

        return DocumentQuery.All.Where(values.ContainsKey).Select(p => (p, values[p]));
    }

    private static string ListUrl(IEnumerable<(DocumentQueryParameter Parameter, string Value)> given) =>
        DocumentUrls.List + DocumentQuery.ToQueryString(given);
}
