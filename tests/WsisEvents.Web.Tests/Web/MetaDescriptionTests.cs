namespace WsisEvents.Web.Tests.Web;

/// <summary>Every page type has a meta description, made from what that page holds.</summary>
public sealed class MetaDescriptionTests : SignedInCatalog
{
    [Theory]
    [InlineData("/", "World Summit on the Information Society")]
    [InlineData("/meetings", "meetings around the World Summit")]
    [InlineData("/meetings?theme=c9-media&year=2005", "Year: 2005")]
    [InlineData("/meetings/asia-media-summit-2005", "Asia Media Summit")]
    [InlineData("/themes", "C1, C2, C3")]
    [InlineData("/themes/c5-confidence-and-security", "C5")]
    [InlineData("/organizations", "organizations behind WSIS meetings")]
    [InlineData("/organizations/isoc", "Internet Society (ISOC)")]
    [InlineData("/account/login", "Sign in")]
    [InlineData("/no-such-page", "no page at this address")]
    public async Task PublicPage_HasADescriptionOfItsOwnContent(string url, string expected)
    {
        using var client = Factory.CreateClient();

        var (_, page) = await client.GetPageAsync(url);

        Assert.Contains(expected, Description(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin", "Admin")]
    [InlineData("/admin/meetings", "Meetings")]
    [InlineData("/admin/history", "History")]
    [InlineData("/admin/import", "Import")]
    [InlineData("/admin/users", "Accounts")]
    public async Task AdminPage_HasADescriptionNamingItsSection(string url, string expected)
    {
        var page = await Admin.GetDocumentAsync(url);

        Assert.StartsWith(expected, Description(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeniedPage_HasADescription()
    {
        await Factory.EnsureEditorAsync();
        using var editor = await Factory.SignedInAsync(AdminCatalogFactory.EditorEmail, AdminCatalogFactory.EditorPassword);

        using var denied = await editor.GetAsync("/account/denied");

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("may not open this page", Description(await denied.ReadDocumentAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesOfOneType_HaveDifferentDescriptions()
    {
        using var client = Factory.CreateClient();
        string[] urls = ["/organizations/isoc", "/organizations/itu", "/themes/c5-confidence-and-security", "/themes/c9-media"];

        var descriptions = new List<string>();
        foreach (var url in urls)
        {
            descriptions.Add(Description(await client.GetDocumentAsync(url)));
        }

        Assert.Equal(urls.Length, descriptions.Distinct().Count());
    }

    private static string Description(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? "";
}
