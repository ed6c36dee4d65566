namespace WsisEvents.Web.Catalog;

/// <summary>A parameter of <c>/organizations</c> and <c>/api/organizations</c>, as the API reference and the output
/// cache key read it.</summary>
public sealed record OrganizationQueryParameter(string Name, string Description, SearchValueSchema Schema);

/// <summary>The parameters of the organization directory and its API.</summary>
public static class OrganizationQuery
{
    public static readonly OrganizationQueryParameter Text = new(
        "q", "Text within the organization's name, acronym or one of its other names, any case.",
        new SearchValueSchema("string") { MaxLength = SearchParameters.MaxTextLength, Example = "internet society" });

    public static readonly OrganizationQueryParameter Kind = new(
        "kind", "The kind of organization.", new SearchValueSchema("string") { Values = OrganizationKinds.Names });

    public static readonly OrganizationQueryParameter Page = new(
        SearchParameters.Page.Name, SearchParameters.Page.Description, SearchParameters.Page.Schema);

    public static readonly OrganizationQueryParameter PageSize = new(
        SearchParameters.PageSize.Name, "Organizations per page.", SearchParameters.PageSize.Schema);

    public static readonly IReadOnlyList<OrganizationQueryParameter> All = [Text, Kind, Page, PageSize];
}
