namespace WsisEvents.Web.Tests.Localization;

/// <summary>Translations of the catalog's own texts: given in the admin forms, shown at once in their language with
/// the original elsewhere, found by the search, kept in the history and put back by a restore, and in the API.</summary>
public sealed class ContentTranslationTests : SignedInCatalog
{
    private const string Slug = "asia-media-summit-2005";

    private Task<int> MeetingIdAsync() => Factory.WithDbAsync(db => db.Meetings.Where(m => m.Slug == Slug).Select(m => m.Id).SingleAsync());

    private async Task TranslateAsync(string language, string title, string description)
    {
        var id = await MeetingIdAsync();
        var form = await Admin.GetFormAsync($"/admin/meetings/{id}/edit");
        var index = Enumerable.Range(0, 3).Single(i => form.Get($"Translations[{i}].Language") == language);
        using var response = await Admin.PostFormAsync(form.Set($"Translations[{index}].Name", title).Set($"Translations[{index}].Text", description));
        response.AssertRedirectsTo("/admin/meetings");
    }

    [Fact]
    public async Task AnEditorsTranslation_IsShownAtOnceInItsLanguage_AndTheOriginalElsewhere()
    {
        await Factory.CreateClient().GetStringAsync("/fr/meetings");
        await TranslateAsync("fr", "Sommet des médias d'Asie", "Un sommet *régional* des médias.");

        var french = await Factory.CreateClient().GetDocumentAsync("/fr/meetings/" + Slug);
        var spanish = await Factory.CreateClient().GetDocumentAsync("/es/meetings/" + Slug);
        var list = await Factory.CreateClient().GetDocumentAsync("/fr/meetings?year=2005");

        Assert.Equal("Sommet des médias d'Asie", french.QuerySelector("main h1")!.TextContent);
        Assert.Null(french.QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.Equal("régional", french.QuerySelector(".meeting-description em")!.TextContent);
        Assert.Null(french.QuerySelector(".untranslated-note"));
        Assert.Equal("Asia Media Summit", spanish.QuerySelector("main h1")!.TextContent);
        Assert.Equal("en", spanish.QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.NotNull(spanish.QuerySelector(".untranslated-note"));
        Assert.Contains(list.QuerySelectorAll(".meeting-title a"), a => a.TextContent == "Sommet des médias d'Asie" && a.GetAttribute("lang") is null);
        Assert.Contains(list.QuerySelectorAll(".meeting-title a"), a => a.GetAttribute("lang") == "en");
    }

    [Fact]
    public async Task TheSearch_FindsAMeetingByItsTranslatedTitle_AccentsAndCaseFolded()
    {
        await TranslateAsync("es", "Cumbre de los medios de Asia", "Reunión regional sobre periodismo y televisión.");

        var api = await Factory.CreateClient().GetJsonAsync("/api/meetings?q=TELEVISION");
        var page = await Factory.CreateClient().GetDocumentAsync("/meetings?q=cumbre%20de%20los");

        Assert.Equal([Slug], api.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("slug").GetString()));
        Assert.Equal([Slug], page.MeetingSlugs());
    }

    [Fact]
    public async Task ATranslation_IsInTheHistory_AndARestoreTakesItBack()
    {
        await TranslateAsync("ar", "قمة وسائل الإعلام الآسيوية", "");
        var id = await MeetingIdAsync();
        var record = await Factory.WithDbAsync(db => db.ChangeRecords.Where(c => c.EntityId == id && c.EntityType == "Meeting").SingleAsync());
        Assert.Contains("قمة وسائل الإعلام الآسيوية", record.After!, StringComparison.Ordinal);

        using var restored = await Admin.PostFormAsync(await Admin.GetFormAsync($"/admin/history/{record.Id}", "form[action$='/restore']"));

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.MeetingTranslations.CountAsync(t => t.MeetingId == id)));
        Assert.Equal("Asia Media Summit", (await Factory.CreateClient().GetDocumentAsync("/ar/meetings/" + Slug)).QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public async Task ATranslationTooLong_IsRefusedWithItsMessage_AndNothingIsSaved()
    {
        var id = await MeetingIdAsync();
        var form = await Admin.GetFormAsync($"/fr/admin/meetings/{id}/edit");

        using var response = await Admin.PostFormAsync(form.Set("Translations[0].Name", new string('x', 301)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("300 caractères au plus.", (await response.ReadDocumentAsync()).QuerySelector(".translations")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.MeetingTranslations.CountAsync()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("en")]
    [InlineData("FR")]
    [InlineData("es")]
    public async Task ATranslationIntoNoLanguageOfTheSite_OrTwiceIntoOne_IsRefused(string language)
    {
        var id = await Factory.WithDbAsync(db => db.Themes.Where(t => t.Code == "C4").Select(t => t.Id).SingleAsync());
        var form = await Admin.GetFormAsync($"/admin/themes/{id}/edit");

        // The form's first language is French; "es" makes Spanish appear twice.
        using var response = await Admin.PostFormAsync(form.Set("Translations[0].Language", language).Set("Translations[0].Name", "Capacités"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("A translation is into French (fr), Spanish (es) or Arabic (ar), once each.", (await response.ReadDocumentAsync()).QuerySelector(".translations")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Renforcement des capacités", await Factory.WithDbAsync(db => db.ThemeTranslations.Where(t => t.ThemeId == id && t.Language == "fr").Select(t => t.Name).SingleAsync()));
    }

    [Fact]
    public async Task TheApi_AnswersInTheLanguageAsked_WithTheLanguageOfEachText()
    {
        await TranslateAsync("fr", "Sommet des médias d'Asie", "");
        var client = Factory.CreateClient();

        var byParameter = await client.GetJsonAsync($"/api/meetings/{Slug}?lang=fr");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/meetings/{Slug}");
        request.Headers.AcceptLanguage.ParseAdd("es-MX, fr;q=0.5");
        using var byHeader = await client.SendAsync(request);
        var spanish = System.Text.Json.JsonDocument.Parse(await byHeader.Content.ReadAsStringAsync()).RootElement;
        using var wrong = await client.GetAsync("/api/meetings?lang=xx");

        Assert.Equal(("Sommet des médias d'Asie", "fr"), (byParameter.GetProperty("title").GetString(), byParameter.GetProperty("titleLanguage").GetString()));
        Assert.Equal("en", byParameter.GetProperty("descriptionLanguage").GetString());
        Assert.Equal("fr", byParameter.GetProperty("themes")[0].GetProperty("nameLanguage").GetString());
        Assert.Equal(("Asia Media Summit", "en"), (spanish.GetProperty("title").GetString(), spanish.GetProperty("titleLanguage").GetString()));
        Assert.Equal("es", spanish.GetProperty("themes")[0].GetProperty("nameLanguage").GetString());
        Assert.Contains("Accept-Language", byHeader.Headers.Vary);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("it must be one of en, fr, es, ar", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheActionLines_AreSeededWithTheirNamesInThePlanOfActionsLanguages()
    {
        var french = await Factory.CreateClient().GetDocumentAsync("/fr/meetings?theme=c5");
        var arabic = await Factory.CreateClient().GetJsonAsync("/api/meetings?lang=ar&theme=c9&pageSize=1");

        Assert.Contains("C5: Etablir la confiance et la sécurité dans l'utilisation des TIC", french.QuerySelector("#f-theme")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(french.QuerySelectorAll(".filter-chip"), c => c.TextContent.Contains("Etablir la confiance", StringComparison.Ordinal));
        var theme = arabic.GetProperty("items")[0].GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "C9");
        Assert.Equal(("وسائط الإعلام", "ar"), (theme.GetProperty("name").GetString(), theme.GetProperty("nameLanguage").GetString()));
    }

    [Fact]
    public async Task AnActionLinesTranslation_IsEditedInItsForm()
    {
        var id = await Factory.WithDbAsync(db => db.Themes.Where(t => t.Code == "C4").Select(t => t.Id).SingleAsync());
        var form = await Admin.GetFormAsync($"/admin/themes/{id}/edit");
        Assert.Equal("Renforcement des capacités", form.Get("Translations[0].Name"));

        using var response = await Admin.PostFormAsync(form.Set("Translations[0].Text", "Former les personnes et les institutions."));

        response.AssertRedirectsTo("/admin/themes");
        var translation = await Factory.WithDbAsync(db => db.ThemeTranslations.SingleAsync(t => t.ThemeId == id && t.Language == "fr"));
        Assert.Equal("Former les personnes et les institutions.", translation.Summary);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Themes.Where(t => t.Id == id).Select(t => t.Version).SingleAsync()));
    }

    [Fact]
    public async Task TheActionLinesPages_ShowTheirNamesAndSummariesInTheReadersLanguage_AndMarkTheOriginals()
    {
        const string slug = "c4-capacity-building";
        var id = await Factory.WithDbAsync(db => db.Themes.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync());
        // Read once before the edit, so that a kept page or list would show if the edit did not reach it.
        await Factory.CreateClient().GetStringAsync("/fr/themes/" + slug);
        var form = await Admin.GetFormAsync($"/admin/themes/{id}/edit");
        using var response = await Admin.PostFormAsync(form.Set("Translations[0].Text", "Former les personnes et les institutions."));
        response.AssertRedirectsTo("/admin/themes");

        var french = await Factory.CreateClient().GetDocumentAsync("/fr/themes/" + slug);
        var arabic = await Factory.CreateClient().GetDocumentAsync("/ar/themes/" + slug);
        var english = await Factory.CreateClient().GetDocumentAsync("/themes/" + slug);
        var spanishList = await Factory.CreateClient().GetDocumentAsync("/es/themes");
        var arabicHome = await Factory.CreateClient().GetDocumentAsync("/ar/");
        var api = await Factory.CreateClient().GetJsonAsync("/api/themes?lang=fr");

        var frenchName = french.QuerySelector("main h1 span:not(.theme-badge)")!;
        Assert.Equal(("Renforcement des capacités", null), (frenchName.TextContent, frenchName.GetAttribute("lang")));
        Assert.Equal(("Former les personnes et les institutions.", null), (french.QuerySelector("main .lead")!.TextContent, french.QuerySelector("main .lead")!.GetAttribute("lang")));
        Assert.Null(french.QuerySelector(".untranslated-note"));

        Assert.Equal("بناء القدرات", arabic.QuerySelector("main h1 span:not(.theme-badge)")!.TextContent);
        var arabicSummary = arabic.QuerySelector("main .lead")!;
        Assert.Equal(("en", "ltr"), (arabicSummary.GetAttribute("lang"), arabicSummary.GetAttribute("dir")));
        Assert.StartsWith("People need the skills", arabicSummary.TextContent, StringComparison.Ordinal);
        Assert.NotNull(arabic.QuerySelector(".untranslated-note"));

        Assert.Equal("Capacity building", english.QuerySelector("main h1 span:not(.theme-badge)")!.TextContent);
        Assert.Null(english.QuerySelector("main h1 span:not(.theme-badge)")!.GetAttribute("lang"));
        Assert.Null(english.QuerySelector(".untranslated-note"));

        Assert.Contains(spanishList.QuerySelectorAll(".theme-link"), l => l.TextContent.Contains("Creación de capacidad", StringComparison.Ordinal));
        Assert.Contains(arabicHome.QuerySelectorAll(".theme-link"), l => l.TextContent.Contains("بناء القدرات", StringComparison.Ordinal));

        var c4 = api.EnumerateArray().Single(t => t.GetProperty("slug").GetString() == slug);
        Assert.Equal(("Renforcement des capacités", "fr"), (c4.GetProperty("name").GetString(), c4.GetProperty("nameLanguage").GetString()));
        Assert.Equal(("Former les personnes et les institutions.", "fr"), (c4.GetProperty("summary").GetString(), c4.GetProperty("summaryLanguage").GetString()));
        var c1 = api.EnumerateArray().Single(t => t.GetProperty("code").GetString() == "C1");
        Assert.Equal("en", c1.GetProperty("summaryLanguage").GetString());
    }
}
