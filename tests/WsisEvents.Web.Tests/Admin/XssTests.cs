using AngleSharp.Dom;

namespace WsisEvents.Web.Tests.Admin;

/// <summary>Hostile text typed into every text field of the admin forms never reaches a public page as live markup.</summary>
public sealed class XssTests : IClassFixture<XssTests.Catalog>
{
    private readonly Catalog _catalog;

    public XssTests(Catalog catalog) => _catalog = catalog;

    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "![x](javascript:alert(1))",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<body onload=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "</script><script>alert(1)</script>",
        "</title><script>alert(1)</script>",
        "<style>@import 'javascript:alert(1)';</style>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "{{constructor.constructor('alert(1)')()}}",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "[x](&#106;avascript:alert(1))",
        "<div style=\"background:url(javascript:alert(1))\">",
        "\"onmouseover=\"alert(1)",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<!--<script>alert(1)</script>-->",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<a href=\" javascript:alert(1)\">x</a>",
        "\u2028<script>alert(1)</script>",
        "[x](vbscript:msgbox(1))",
        "<a href=x onclick=alert(1)>x</a>",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Payload_InEveryTextField_NeverBecomesLiveMarkup(string payload)
    {
        using var admin = await _catalog.Factory.AdminAsync();
        var meetingId = await _catalog.Factory.WithDbAsync(db => db.Meetings.Where(m => m.Slug == "asia-media-summit-2005").Select(m => m.Id).SingleAsync());
        var organizationId = await _catalog.Factory.WithDbAsync(db => db.Organizations.Where(o => o.Slug == "asbu").Select(o => o.Id).SingleAsync());
        var affiliationId = await _catalog.Factory.WithDbAsync(db => db.Affiliations.Where(a => a.TargetOrganization!.Slug == "gaid").Select(a => a.Id).SingleAsync());

        var meeting = await admin.GetFormAsync($"/admin/meetings/{meetingId}/edit");
        (await admin.PostFormAsync(meeting.Set("Title", "Summit " + payload).Set("City", payload[..Math.Min(payload.Length, 100)])
            .Set("Country", payload[..Math.Min(payload.Length, 100)]).Set("Venue", payload).Set("Description", payload + "\n\n" + payload))).AssertRedirectsTo("/admin/meetings");
        var organization = await admin.GetFormAsync($"/admin/organizations/{organizationId}/edit");
        (await admin.PostFormAsync(organization.Set("Name", "Union " + payload).Set("Acronym", payload.Length <= 40 ? payload : "ASBU")
            .Set("Description", payload))).AssertRedirectsTo("/admin/organizations");
        var affiliation = await admin.GetFormAsync($"/admin/affiliations/{affiliationId}/edit");
        (await admin.PostFormAsync(affiliation.Set("SourceText", payload).Set("SourceDocument", payload))).AssertRedirectsTo("/admin/affiliations");

        var slug = await _catalog.Factory.WithDbAsync(db => db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Slug).SingleAsync());
        using var visitor = _catalog.Factory.CreateClient();
        foreach (var url in new[]
        {
            $"/meetings/{slug}", "/meetings?year=2005", "/meetings?q=Summit", "/organizations/asbu", "/organizations/isoc", "/organizations/gaid",
            "/organizations?q=Union", "/", "/themes/c9-media",
        })
        {
            var page = await visitor.GetDocumentAsync(url);
            AssertNoLiveMarkup(page, url);
        }
    }

    private static void AssertNoLiveMarkup(IDocument page, string url)
    {
        Assert.True(page.QuerySelectorAll("script").All(s => s.GetAttribute("type") == "application/ld+json" || (s.GetAttribute("src")?.StartsWith("/js/", StringComparison.Ordinal) ?? false)),
            $"{url}: a script element that is not ours");
        Assert.Empty(page.QuerySelectorAll("iframe, object, embed, base, form[action^='javascript'], meta[http-equiv], svg script, math, style, img[onerror]"));
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{url}: an event handler attribute {attribute.Name} on <{element.LocalName}>");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "data" or "style")
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                    Assert.False(value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal)
                        || value.StartsWith("data:", StringComparison.Ordinal) || value.Contains("javascript:", StringComparison.Ordinal),
                        $"{url}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
        }

        foreach (var json in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            System.Text.Json.JsonDocument.Parse(json.TextContent).Dispose();
        }
    }

    public sealed class Catalog : IAsyncLifetime
    {
        public AdminCatalogFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
