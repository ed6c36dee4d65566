using Microsoft.Extensions.Localization;

namespace WsisEvents.Web.Catalog;

/// <summary>A parameter of <c>/organizations</c> and <c>/api/organizations</c>, as the API reference and the output
/// cache key read it.</summary>
public sealed record OrganizationQueryParameter(string Name, string Description, SearchValueSchema Schema);

/// <summary>The parameters of the organization directory and its API.</summary>
public static class OrganizationQuery
{
    public static readonly OrganizationQueryParameter Text = new(
        "q", "Text within the organization's name or its translation into any of the site's languages, its acronym or one of its other names, any case.",
        new SearchValueSchema("string") { MaxLength = SearchParameters.MaxTextLength, Example = "internet society" });

    public static readonly OrganizationQueryParameter Kind = new(
        "kind", "The kind of organization.", new SearchValueSchema("string") { Values = OrganizationKinds.Names });

    public static readonly OrganizationQueryParameter Page = new(
        SearchParameters.Page.Name, SearchParameters.Page.Description, SearchParameters.Page.Schema);

    public static readonly OrganizationQueryParameter PageSize = new(
        SearchParameters.PageSize.Name, "Organizations per page.", SearchParameters.PageSize.Schema);

    public static readonly IReadOnlyList<OrganizationQueryParameter> All = [Text, Kind, Page, PageSize];

    /// <summary>The directory's search as its parameters give it; each wrong value's message goes into
    /// <paramref name="errors"/> under the parameter's name, <paramref name="kindMessage"/> for a kind it does not know
    /// (the page and the API each word that their own way), the others in the language of <paramref name="localizer"/>.</summary>
    public static (Paging Paging, OrganizationKind? Kind) Read(
        string? q, string? kind, string? page, string? pageSize, string kindMessage, IStringLocalizer localizer, Dictionary<string, string[]> errors)
    {
        var paging = PagingParser.Parse(page, pageSize, errors);
        OrganizationKind? parsedKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (OrganizationKinds.TryParse(kind, out var k))
            {
                parsedKind = k;
            }
            else
            {
                errors[Kind.Name] = [kindMessage];
            }
        }

        if (q?.Length > SearchParameters.MaxTextLength)
        {
            errors[Text.Name] = [localizer["The search text has at most {0} characters.", SearchParameters.MaxTextLength]];
        }

        return (paging, parsedKind);
    }
}
