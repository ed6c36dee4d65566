namespace WsisEvents.Web.Tests.Localization;

/// <summary>Translations of organizations (name, description), categories (name) and affiliations (the sentence they
/// rest on): given in their admin forms, shown at once in their language and the original, marked, in the others, in
/// the API with the language of each text, found by the directory's search, versioned, and put back by a restore.</summary>
public sealed class EntryTranslationTests : SignedInCatalog
{
    private const string FrenchName = "Union internationale des télécommunications";

    private Task<int> IdOfAsync(string organization) =>
        Factory.WithDbAsync(db => db.Organizations.Where(o => o.Slug == organization).Select(o => o.Id).SingleAsync());

    private static int IndexOf(Forms.FormPost form, string language) =>
        Enumerable.Range(0, 3).Single(i => form.Get($"Translations[{i}].Language") == language);

    private async Task TranslateOrganizationAsync(string slug, string language, string name, string description)
    {
        var form = await Admin.GetFormAsync($"/admin/organizations/{await IdOfAsync(slug)}/edit");
        var i = IndexOf(form, language);
        using var response = await Admin.PostFormAsync(form.Set($"Translations[{i}].Name", name).Set($"Translations[{i}].Text", description));
        response.AssertRedirectsTo("/admin/organizations");
    }

    [Fact]
    public async Task AnOrganizationsTranslation_IsShownAtOnceInItsLanguage_AndTheOriginalMarkedElsewhere()
    {
        // Cached first, so that the translation must evict what was cached.
        await Factory.CreateClient().GetStringAsync("/fr/organizations/itu");
        await TranslateOrganizationAsync("itu", "fr", FrenchName, "L'institution *spécialisée* des Nations Unies pour les TIC.");

        var french = await Factory.CreateClient().GetDocumentAsync("/fr/organizations/itu");
        var spanish = await Factory.CreateClient().GetDocumentAsync("/es/organizations/itu");
        var directory = await Factory.CreateClient().GetDocumentAsync("/fr/organizations");
        var meeting = await Factory.CreateClient().GetDocumentAsync("/fr/meetings/wsis-geneva-phase-2003");
        var child = await Factory.CreateClient().GetDocumentAsync("/fr/organizations/itu-t");

        var heading = french.QuerySelector("main h1 span")!;
        Assert.Equal((FrenchName, null), (heading.TextContent, heading.GetAttribute("lang")));
        Assert.Equal("spécialisée", french.QuerySelector(".org-description em")!.TextContent);
        Assert.Null(french.QuerySelector(".org-description")!.GetAttribute("lang"));
        Assert.Null(french.QuerySelector(".untranslated-note"));
        Assert.Equal(("International Telecommunication Union", "en", "ltr"),
            (spanish.QuerySelector("main h1 span")!.TextContent, spanish.QuerySelector("main h1 span")!.GetAttribute("lang"), spanish.QuerySelector("main h1 span")!.GetAttribute("dir")));
        Assert.Equal("en", spanish.QuerySelector(".org-description")!.GetAttribute("lang"));
        Assert.NotNull(spanish.QuerySelector(".untranslated-note"));
        Assert.Contains(directory.QuerySelectorAll(".org-row a"), a => a.TextContent == FrenchName && a.GetAttribute("lang") is null);
        Assert.Contains(directory.QuerySelectorAll(".org-row a"), a => a.GetAttribute("lang") == "en");
        Assert.Contains(meeting.QuerySelectorAll(".meeting-facts a"), a => a.TextContent == FrenchName && a.GetAttribute("lang") is null);
        Assert.Contains(child.QuerySelectorAll(".row dd a"), a => a.TextContent == FrenchName);
    }

    [Fact]
    public async Task TheDirectory_IsInTheOrderOfTheNamesItShows_AndItsSearchFindsATranslatedName()
    {
        // "Union internationale…" comes after the English names that start with A to T once translated.
        await TranslateOrganizationAsync("itu", "fr", FrenchName, "");

        var french = await Factory.CreateClient().GetDocumentAsync("/fr/organizations");
        var found = await Factory.CreateClient().GetDocumentAsync("/organizations?q=t%C3%A9l%C3%A9communications");

        // Whatever the database's collation, the names starting with A to T come before "Union…", the others after.
        var names = french.QuerySelectorAll(".org-row > a").Select(a => a.TextContent).ToList();
        var position = names.IndexOf(FrenchName);
        Assert.True(position > 0, string.Join(" | ", names));
        Assert.All(names.Take(position), n => Assert.InRange(char.ToUpperInvariant(n[0]), 'A', 'U'));
        Assert.All(names.Skip(position + 1), n => Assert.InRange(char.ToUpperInvariant(n[0]), 'U', 'Z'));
        Assert.Equal(["International Telecommunication Union"], found.QuerySelectorAll(".org-row > a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task TheApi_GivesAnOrganizationInTheLanguageAsked_WithTheLanguageOfEachText()
    {
        await TranslateOrganizationAsync("itu", "ar", "الاتحاد الدولي للاتصالات", "");

        var arabic = await Factory.CreateClient().GetJsonAsync("/api/organizations/itu?lang=ar");
        var french = await Factory.CreateClient().GetJsonAsync("/api/organizations/itu-t?lang=fr");
        var list = await Factory.CreateClient().GetJsonAsync("/api/organizations?lang=ar&q=ITU");

        Assert.Equal(("الاتحاد الدولي للاتصالات", "ar"), (arabic.GetProperty("name").GetString(), arabic.GetProperty("nameLanguage").GetString()));
        Assert.Equal("en", arabic.GetProperty("descriptionLanguage").GetString());
        Assert.Equal("en", arabic.GetProperty("children")[0].GetProperty("nameLanguage").GetString());
        Assert.Equal(("International Telecommunication Union", "en"),
            (french.GetProperty("parent").GetProperty("name").GetString(), french.GetProperty("parent").GetProperty("nameLanguage").GetString()));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), o => o.GetProperty("nameLanguage").GetString() == "ar");
    }

    [Fact]
    public async Task AnOrganizationsTranslationAlone_MovesItsVersionOn_IsInItsHistory_AndARestoreTakesItBack()
    {
        var id = await IdOfAsync("itu");
        var before = await Factory.WithDbAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Version).SingleAsync());
        var stale = await Admin.GetFormAsync($"/admin/organizations/{id}/edit");
        await TranslateOrganizationAsync("itu", "es", "Unión Internacional de Telecomunicaciones", "");
        var after = await Factory.WithDbAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Version).SingleAsync());

        // A second editor who started before the translation is told of it rather than erasing it.
        using var conflict = await Admin.PostFormAsync(stale.Set("Acronym", "UIT"));
        var record = await Factory.WithDbAsync(db => db.ChangeRecords.Where(c => c.EntityId == id && c.EntityType == "Organization").SingleAsync());
        using var restored = await Admin.PostFormAsync(await Admin.GetFormAsync($"/admin/history/{record.Id}", "form[action$='/restore']"));

        Assert.Equal(before + 1, after);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("Unión Internacional de Telecomunicaciones", record.After!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.OrganizationTranslations.CountAsync(t => t.OrganizationId == id)));
        Assert.Equal("International Telecommunication Union", (await Factory.CreateClient().GetDocumentAsync("/es/organizations/itu")).QuerySelector("main h1 span")!.TextContent);
    }

    [Fact]
    public async Task ACategorysTranslation_HasANameOnly_AndIsShownOnTheMeetingsOfThatCategory()
    {
        var id = await Factory.WithDbAsync(db => db.Categories.Where(c => c.Slug == "other-wsis-related-meetings").Select(c => c.Id).SingleAsync());
        var form = await Admin.GetFormAsync($"/admin/categories/{id}/edit");
        var i = IndexOf(form, "fr");
        Assert.Null(form.Get($"Translations[{i}].Text"));

        // A text posted for a field the category does not have is not kept.
        using var response = await Admin.PostFormAsync(form.Set($"Translations[{i}].Name", "Autres réunions liées au SMSI").Set($"Translations[{i}].Text", "ignored"));

        response.AssertRedirectsTo("/admin/categories");
        var translation = await Factory.WithDbAsync(db => db.CategoryTranslations.SingleAsync(t => t.CategoryId == id));
        Assert.Equal(("fr", "Autres réunions liées au SMSI"), (translation.Language, translation.Name));
        const string meeting = "/meetings/international-conference-on-multistakeholder-diplomacy-2005";
        var french = await Factory.CreateClient().GetDocumentAsync("/fr" + meeting);
        var arabic = await Factory.CreateClient().GetDocumentAsync("/ar" + meeting);
        var api = await Factory.CreateClient().GetJsonAsync("/api" + meeting + "?lang=fr");
        var filter = await Factory.CreateClient().GetDocumentAsync("/fr/meetings");
        Assert.Contains(french.QuerySelectorAll(".meeting-facts a"), a => a.TextContent == "Autres réunions liées au SMSI" && a.GetAttribute("lang") is null);
        Assert.Contains(arabic.QuerySelectorAll(".meeting-facts a"), a => a.TextContent != "Autres réunions liées au SMSI" && a.GetAttribute("href")!.Contains("category=", StringComparison.Ordinal)
            && a.GetAttribute("lang") == "en" && a.GetAttribute("dir") == "ltr");
        Assert.Equal(("Autres réunions liées au SMSI", "fr"), (api.GetProperty("category").GetProperty("name").GetString(), api.GetProperty("category").GetProperty("nameLanguage").GetString()));
        Assert.Contains("Autres réunions liées au SMSI", filter.QuerySelector("#f-category")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACategorysTranslationTooLong_IsRefusedWithItsMessage_AndNothingIsSaved()
    {
        var id = await Factory.WithDbAsync(db => db.Categories.Select(c => c.Id).FirstAsync());
        var form = await Admin.GetFormAsync($"/es/admin/categories/{id}/edit");

        using var response = await Admin.PostFormAsync(form.Set($"Translations[{IndexOf(form, "es")}].Name", new string('x', 301)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("300 caracteres", (await response.ReadDocumentAsync()).QuerySelector(".translations")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.CategoryTranslations.CountAsync()));
    }

    [Fact]
    public async Task AnAffiliationsNote_IsTranslated_AndShownInItsLanguageOnBothOrganizationsPages()
    {
        const string note = "L'Internet Society est membre de deux secteurs de l'Union internationale des télécommunications.";
        var id = await Factory.WithDbAsync(db => db.Affiliations
            .Where(a => a.Organization!.Slug == "isoc" && a.TargetOrganization!.Slug == "itu-t").Select(a => a.Id).SingleAsync());
        var form = await Admin.GetFormAsync($"/admin/affiliations/{id}/edit");
        var i = IndexOf(form, "fr");
        Assert.Null(form.Get($"Translations[{i}].Name"));

        using var response = await Admin.PostFormAsync(form.Set($"Translations[{i}].Text", note));

        response.AssertRedirectsTo("/admin/affiliations");
        var holder = await Factory.CreateClient().GetDocumentAsync("/fr/organizations/isoc");
        var target = await Factory.CreateClient().GetDocumentAsync("/fr/organizations/itu-t");
        var spanish = await Factory.CreateClient().GetDocumentAsync("/es/organizations/isoc");
        var api = await Factory.CreateClient().GetJsonAsync("/api/organizations/isoc?lang=fr");
        Assert.Contains(holder.QuerySelectorAll(".source-quote"), q => q.TextContent.Trim() == note && q.GetAttribute("lang") is null);
        Assert.Contains(holder.QuerySelectorAll(".source-quote"), q => q.GetAttribute("lang") == "en");
        Assert.Contains(target.QuerySelectorAll(".source-quote"), q => q.TextContent.Trim() == note);
        Assert.All(spanish.QuerySelectorAll(".source-quote"), q => Assert.Equal(("en", "ltr"), (q.GetAttribute("lang"), q.GetAttribute("dir"))));
        Assert.Contains(api.GetProperty("affiliations").EnumerateArray(), a => a.GetProperty("source").GetString() == note && a.GetProperty("sourceLanguage").GetString() == "fr");
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Affiliations.Where(a => a.Id == id).Select(a => a.Version).SingleAsync()));
    }
}
