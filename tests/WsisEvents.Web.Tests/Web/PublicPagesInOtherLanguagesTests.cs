using AngleSharp.Dom;

namespace WsisEvents.Web.Tests.Web;

/// <summary>The home page, the organizations, the Action Lines, the outcome documents, sign-in and the error page in
/// French, Spanish and Arabic: their own text translated, their links kept under the language's prefix.</summary>
public class PublicPagesInOtherLanguagesTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    /// <summary>The site's own links in the <paramref name="scopes"/> (selectors, comma-separated) that leave the
    /// language's addresses. Scoped to this part's markup: the meeting rows and the pagination are the meeting list's.</summary>
    private static List<string> LinksOutOf(IDocument document, string prefix, string scopes) =>
        [.. document.QuerySelectorAll(string.Join(", ", scopes.Split(',').Select(s => $"{s.Trim()} a[href^='/']:not([hreflang]), {s.Trim()} a[href^='~'], {s.Trim()} form[action^='/']")))
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!)
            .Where(address => !address.StartsWith(prefix + "/", StringComparison.Ordinal))];

    [Fact]
    public async Task OrganizationPage_InFrench_NamesKindAndAffiliationsInFrench_AndLinksInFrench()
    {
        var page = await catalog.Client.GetDocumentAsync("/fr/organizations/isoc");

        Assert.Equal("Type", page.QuerySelector("main dt")!.TextContent.Trim());
        Assert.Equal("Liens avec les Nations Unies et autres affiliations", page.QuerySelector("#affiliations")!.TextContent.Trim());
        var relations = page.QuerySelectorAll(".affiliation strong").Select(s => s.TextContent.Trim()).ToList();
        Assert.Contains("Statut consultatif auprès de", relations);
        Assert.Contains("Membre de Secteur de", relations);
        Assert.Contains(", depuis", page.QuerySelector(".affiliation-list")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(LinksOutOf(page, "/fr", "main nav, main dl, main .affiliation-list, section[aria-labelledby=meetings] > p"));
        Assert.Equal("/fr/organizations", page.QuerySelector("main .breadcrumb a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task OrganizationList_InSpanish_CountsInSpanish_AndTheSwitcherKeepsTheKind()
    {
        var page = await catalog.Client.GetDocumentAsync("/es/organizations?kind=ngo");

        Assert.Matches(@"^\d+ organizaci(ón|ones)$", page.QuerySelector("main p[aria-live]")!.TextContent.Trim());
        Assert.Equal("ONG", page.QuerySelector("#o-kind option[selected]")!.TextContent.Trim());
        Assert.Equal("/es/organizations", page.QuerySelector("main form")!.GetAttribute("action"));
        Assert.Empty(LinksOutOf(page, "/es", "main .org-list"));
        Assert.Equal("/organizations?kind=ngo", page.QuerySelector(".language-switch a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ActionLines_InSpanish_UseTheUnTerms_AndLinkInSpanish()
    {
        var page = await catalog.Client.GetDocumentAsync("/es/themes");

        Assert.Equal("Líneas de Acción de la CMSI", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.StartsWith("El Plan de Acción de Ginebra de 2003", page.QuerySelector("main p")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(LinksOutOf(page, "/es", "main .theme-list"));
        Assert.NotEmpty(page.QuerySelectorAll("main a[href^='/es/themes/']"));
    }

    [Fact]
    public async Task DocumentList_InArabic_NamesKindsAndLanguagesInArabic_AndItsChipsStayInArabic()
    {
        var page = await catalog.Client.GetDocumentAsync("/ar/documents?kind=report");

        Assert.Equal("الوثائق الختامية", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("النوع: تقرير", page.QuerySelector(".filter-chip")!.FirstChild!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("#d-language option"), o => o.TextContent.Trim() == "الفرنسية");
        Assert.All(page.QuerySelectorAll(".outcome-kind"), k => Assert.Equal("تقرير", k.TextContent.Trim()));
        Assert.Equal("/ar/documents", page.QuerySelector("main form")!.GetAttribute("action"));
        Assert.Empty(LinksOutOf(page, "/ar", "main form, main .filter-chips, main .outcome-meeting, main .alert"));
        Assert.Equal("/documents?kind=report", page.QuerySelector(".language-switch a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task DocumentFilterMessage_IsInTheLanguageAsked_OnThePageAndInTheApi()
    {
        var (status, page) = await catalog.Client.GetPageAsync("/fr/documents?kind=nonsense");
        var french = await ErrorOfKindAsync("/fr/api/documents?kind=nonsense");
        var english = await ErrorOfKindAsync("/api/documents?kind=nonsense");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("« kind » doit être l'une des valeurs suivantes", page.QuerySelector("#d-kind-error")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("« kind » doit être l'une des valeurs suivantes", french, StringComparison.Ordinal);
        Assert.StartsWith("'kind' must be one of:", english, StringComparison.Ordinal);

        async Task<string?> ErrorOfKindAsync(string address)
        {
            using var response = await catalog.Client.GetAsync(address);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("kind")[0].GetString();
        }
    }

    [Fact]
    public async Task HomePage_InFrench_IntroducesTheSummitInFrench_AndLinksInFrench()
    {
        var page = await catalog.Client.GetDocumentAsync("/fr");

        Assert.Equal("Les réunions autour du Sommet mondial sur la société de l'information", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Contains("organisations, avec leurs liens avec les Nations Unies", page.QuerySelector("main .lead")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(LinksOutOf(page, "/fr", "main .btn, main .year-links, main .theme-list"));
    }

    [Fact]
    public async Task MissingPage_InSpanish_SaysSoInSpanish_AndLeadsToTheSpanishHome()
    {
        var (status, page) = await catalog.Client.GetPageAsync("/es/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Página no encontrada", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("/es/", page.QuerySelector("main p a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task SignInPage_InArabic_IsInArabic_AndPostsToTheArabicAddress()
    {
        var page = await catalog.Client.GetDocumentAsync("/ar/account/login");

        Assert.Equal("تسجيل الدخول", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("/ar/account/login", page.QuerySelector("main form")!.GetAttribute("action"));
        Assert.Equal("كلمة المرور", page.QuerySelector("label[for=Password]")!.TextContent.Trim());
    }
}
