using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using WsisEvents.Web.Documents;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Areas.Admin.Filters;

/// <summary>The body limits of a form that uploads document files, from <c>Documents:MaxUploadBytes</c> (which
/// <c>[RequestSizeLimit]</c> cannot read, being a constant): the files of one save together, plus room for the other
/// fields. The form is read here, before the antiforgery check would read it, so that a body over the limit gets a
/// page that says so (413) instead of a failed token check or Kestrel's bare status; the limit is enforced while the
/// body is read, never after buffering it.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class DocumentUploadLimitsAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    /// <summary>Room for the fields besides the files (the summary, the links) and the multipart headers.</summary>
    public const long FieldsAllowance = 256 * 1024;

    /// <summary>Before the antiforgery check (order 1000), as ASP.NET Core's own request limits are.</summary>
    public int Order => 900;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<IOptions<DocumentFileOptions>>(), serviceProvider.GetRequiredService<IOptions<FormOptions>>());

    private sealed class Filter(IOptions<DocumentFileOptions> documents, IOptions<FormOptions> forms) : IAsyncAuthorizationFilter, IOrderedFilter
    {
        public int Order => 900;

        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var request = context.HttpContext.Request;
            if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
            {
                return;
            }

            var limit = documents.Value.MaxUploadBytes + FieldsAllowance;
            if (request.ContentLength > limit)
            {
                context.Result = TooLarge(context, documents.Value);
                return;
            }

            if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = limit;
            }

            var options = forms.Value;
            context.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
            {
                MultipartBodyLengthLimit = limit,
                ValueLengthLimit = options.ValueLengthLimit,
                ValueCountLimit = options.ValueCountLimit,
                KeyLengthLimit = options.KeyLengthLimit,
                MemoryBufferThreshold = options.MemoryBufferThreshold,
            }));
            try
            {
                await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (Exception exception) when (IsOverLimit(exception))
            {
                context.Result = TooLarge(context, documents.Value);
            }
        }

        /// <summary>The body or its multipart sections passed the limit; any other unreadable form is left to the
        /// antiforgery check's 400.</summary>
        private static bool IsOverLimit(Exception exception) => exception switch
        {
            BadHttpRequestException bad => bad.StatusCode == StatusCodes.Status413PayloadTooLarge,
            InvalidDataException invalid => invalid.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

        private static ViewResult TooLarge(AuthorizationFilterContext context, DocumentFileOptions options) => new()
        {
            ViewName = "_UploadTooLarge",
            StatusCode = StatusCodes.Status413PayloadTooLarge,
            ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), context.ModelState)
            {
                Model = new UploadTooLargeViewModel(
                    context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Texts>>()[
                        "The upload is larger than {0}, the most one save may carry (its files together). Nothing was saved. Choose a smaller file, or save the files one at a time.",
                        options.MaxUploadText].Value,
                    // Back to the form in the language it was posted in: the path base holds the language's prefix.
                    context.HttpContext.Request.PathBase + context.HttpContext.Request.Path + context.HttpContext.Request.QueryString),
            },
        };
    }
}

/// <summary>The page of an upload refused for its size, with the way back to the form.</summary>
public sealed record UploadTooLargeViewModel(string Message, string FormUrl);
