using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Tests.Feeds;

namespace WsisEvents.Web.Tests.Api;

/// <summary>The OpenAPI document at /openapi/v1.json: the same as the one kept in the repository, and true to what the
/// API does (its bounds are the ones the API enforces, its error answers the ones it gives); and the reference page
/// at /api/docs under its own policy.</summary>
public partial class ApiDocumentTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    [Fact]
    public async Task Document_MatchesTheOneKeptInTheRepository() =>
        Golden.AssertMatches("openapi-v1.json", await catalog.Client.GetByteArrayAsync("/openapi/v1.json"));

    [Fact]
    public async Task Document_DescribesEveryOperationWithItsAnswers()
    {
        using var document = await DocumentAsync();
        var paths = document.RootElement.GetProperty("paths");

        Assert.Equal(
            ["/api/documents", "/api/meetings", "/api/meetings/{slug}", "/api/organizations", "/api/organizations/{slug}", "/api/themes"],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var path in paths.EnumerateObject())
        {
            var responses = path.Value.GetProperty("get").GetProperty("responses");
            Assert.Equal("#/components/schemas/" + SuccessSchema(path.Name), SchemaRef(responses, "200", "application/json"));
            if (path.Name.EndsWith("{slug}", StringComparison.Ordinal))
            {
                Assert.Equal("#/components/schemas/ProblemDetails", SchemaRef(responses, "404", "application/problem+json"));
            }
            else if (path.Name != "/api/themes")
            {
                Assert.Equal("#/components/schemas/ValidationProblemDetails", SchemaRef(responses, "400", "application/problem+json"));
            }
        }
    }

    [Fact]
    public async Task Document_GivesEachMeetingParameterAsItsDescriptorDescribesIt()
    {
        using var document = await DocumentAsync();
        var parameters = Parameters(document, "/api/meetings");

        Assert.Equal(SearchParameters.All.Select(p => p.Name), parameters.Keys);
        foreach (var parameter in SearchParameters.All)
        {
            var described = parameters[parameter.Name];
            Assert.Equal("query", described.GetProperty("in").GetString());
            Assert.Equal(parameter.Description, described.GetProperty("description").GetString());
            Assert.Equal(parameter.Schema.Type, described.GetProperty("schema").GetProperty("type").GetString());
        }

        Assert.Equal("date", parameters["from"].GetProperty("schema").GetProperty("format").GetString());
        Assert.Equal(["oldest", "newest"], parameters["sort"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    /// <summary>Each bound that the document states, the API enforces: the bound itself is answered, one past it is a
    /// 400 that names the parameter.</summary>
    [Theory]
    [InlineData("/api/meetings")]
    [InlineData("/api/organizations")]
    public async Task EveryStatedBound_IsTheOneTheApiEnforces(string path)
    {
        using var document = await DocumentAsync();
        var bounded = Parameters(document, path)
            .Select(p => (Name: p.Key, Schema: p.Value.GetProperty("schema")))
            .Where(p => p.Schema.TryGetProperty("maximum", out _) || p.Schema.TryGetProperty("maxLength", out _))
            .ToList();
        Assert.NotEmpty(bounded);

        foreach (var (name, schema) in bounded)
        {
            var (within, beyond) = schema.TryGetProperty("maximum", out var maximum)
                ? (maximum.GetInt32().ToString(CultureInfo.InvariantCulture), (maximum.GetInt32() + 1).ToString(CultureInfo.InvariantCulture))
                : (new string('a', schema.GetProperty("maxLength").GetInt32()), new string('a', schema.GetProperty("maxLength").GetInt32() + 1));
            using var ok = await catalog.Client.GetAsync($"{path}?{name}={within}");
            using var refused = await catalog.Client.GetAsync($"{path}?{name}={beyond}");

            Assert.True(ok.StatusCode == HttpStatusCode.OK, $"{name}={within} is within the stated bound but got {(int)ok.StatusCode}.");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(name, out _), $"The 400 for {name}={beyond} does not name it.");
        }
    }

    [Fact]
    public async Task ReferencePage_RunsOnlyScriptsThatCarryThisResponsesNonce()
    {
        using var response = await catalog.Client.GetAsync("/api/docs/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var nonce = Assert.Single(NoncePattern().Matches(policy)).Groups[1].Value;
        var scripts = ScriptPattern().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.Equal(Regex.Count(html, "<script", RegexOptions.IgnoreCase), scripts.Count);
        Assert.All(scripts, script => Assert.Equal(nonce, WebUtility.HtmlDecode(script.Groups[1].Value)));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);

        // A second request gets another nonce: a nonce is worth nothing if it can be learnt from an earlier answer.
        using var again = await catalog.Client.GetAsync("/api/docs/");
        Assert.DoesNotContain(nonce, string.Join(";", again.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherPages_KeepThePolicyWithoutInlineScriptOrStyle()
    {
        using var response = await catalog.Client.GetAsync("/meetings");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("nonce-", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FooterAndReadme_LinkToTheReference()
    {
        var html = await catalog.Client.GetStringAsync("/");

        Assert.Contains("href=\"/api/docs\"", html, StringComparison.Ordinal);
        Assert.Contains("/api/docs", await File.ReadAllTextAsync(Path.Combine(Repository.Root, "README.md")), StringComparison.Ordinal);
    }

    private static string SuccessSchema(string path) => path switch
    {
        "/api/documents" => "PagedResultOfOutcomeDocumentDto",
        "/api/meetings" => "PagedResultOfMeetingListItemDto",
        "/api/meetings/{slug}" => "MeetingDetailDto",
        "/api/organizations" => "PagedResultOfOrganizationListItemDto",
        "/api/organizations/{slug}" => "OrganizationDetailDto",
        _ => "ThemeDto",
    };

    private static string? SchemaRef(JsonElement responses, string status, string mediaType)
    {
        var schema = responses.GetProperty(status).GetProperty("content").GetProperty(mediaType).GetProperty("schema");
        return schema.TryGetProperty("$ref", out var reference) ? reference.GetString() : schema.GetProperty("items").GetProperty("$ref").GetString();
    }

    private static Dictionary<string, JsonElement> Parameters(JsonDocument document, string path) => document.RootElement
        .GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
        .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.Clone());

    private async Task<JsonDocument> DocumentAsync() => JsonDocument.Parse(await catalog.Client.GetStringAsync("/openapi/v1.json"));

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("<script[^>]*\\snonce=\"([^\"]+)\"")]
    private static partial Regex ScriptPattern();
}
