using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Tests.Localization;

/// <summary>The admin area's messages that carry values (a deleted or restored entry's name, why a restore cannot be
/// done) and the history's words are in the language of the address; a document version's size is written with that
/// language's units and numbers.</summary>
public sealed class AdminMessageTests : SignedInCatalog
{
    private Task<int> MeetingIdAsync(string slug) => Factory.WithDbAsync(db => db.Meetings.Where(m => m.Slug == slug).Select(m => m.Id).SingleAsync());

    [Fact]
    public async Task AMeetingDeletedAndRestoredInFrench_IsToldInFrench_AndTheHistoryNamesTheChangeInFrench()
    {
        var id = await MeetingIdAsync("asia-media-summit-2005");

        using var deleted = await Admin.PostFormAsync(await Admin.GetFormAsync($"/fr/admin/meetings/{id}/delete"));

        deleted.AssertRedirectsTo("/fr/admin/meetings");
        var list = await Admin.GetDocumentAsync("/fr/admin/meetings");
        Assert.Equal("La réunion “Asia Media Summit” a été supprimée. Elle peut être rétablie depuis son historique.", list.QuerySelector("[role=status]")!.TextContent);

        var history = await Admin.GetDocumentAsync("/fr/admin/history");
        var newest = history.QuerySelector("main tbody tr")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("Suppression", newest[2]);
        Assert.Equal("Réunion: Asia Media Summit", newest[3]);

        var record = await Factory.WithDbAsync(db => db.ChangeRecords.Where(c => c.EntityId == id && c.Action == ChangeAction.Deleted).Select(c => c.Id).SingleAsync());
        var details = await Admin.GetDocumentAsync($"/fr/admin/history/{record}");
        Assert.Equal("Suppression: Réunion “Asia Media Summit”", details.QuerySelector("main h1")!.TextContent);
        using var restored = await Admin.PostFormAsync(await Admin.GetFormAsync($"/fr/admin/history/{record}", "form[action$='/restore']"));

        restored.AssertRedirectsTo($"/fr/admin/meetings/{id}/edit");
        var form = await Admin.GetDocumentAsync($"/fr/admin/meetings/{id}/edit");
        Assert.Equal("La réunion “Asia Media Summit” a été rétablie.", form.QuerySelector("[role=status]")!.TextContent);
        var after = await Admin.GetDocumentAsync("/fr/admin/history");
        Assert.Equal("Rétablissement", after.QuerySelector("main tbody tr td:nth-child(3)")!.TextContent.Trim());
    }

    [Fact]
    public async Task ARestoreThatCannotBeDoneInSpanish_SaysEachReasonInSpanish_WithItsValue()
    {
        var id = await MeetingIdAsync("asia-media-summit-2005");
        using (var deleted = await Admin.PostFormAsync(await Admin.GetFormAsync($"/es/admin/meetings/{id}/delete")))
        {
            deleted.AssertRedirectsTo("/es/admin/meetings");
        }

        Assert.Equal(
            "Se ha eliminado la reunión “Asia Media Summit”. Puede restaurarse desde su historial.",
            (await Admin.GetDocumentAsync("/es/admin/meetings")).QuerySelector("[role=status]")!.TextContent);

        // Another meeting takes the deleted one's address meanwhile.
        var other = await Factory.WithDbAsync(db => db.Meetings.Where(m => m.Id != id).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        using (var moved = await Admin.PostFormAsync((await Admin.GetFormAsync($"/es/admin/meetings/{other}/edit")).Set("Slug", "asia-media-summit-2005")))
        {
            moved.AssertRedirectsTo("/es/admin/meetings");
        }

        var record = await Factory.WithDbAsync(db => db.ChangeRecords.Where(c => c.EntityId == id && c.Action == ChangeAction.Deleted).Select(c => c.Id).SingleAsync());
        using var refused = await Admin.PostFormAsync(await Admin.GetFormAsync($"/es/admin/history/{record}", "form[action$='/restore']"));

        refused.AssertRedirectsTo($"/es/admin/history/{record}");
        var page = await Admin.GetDocumentAsync($"/es/admin/history/{record}");
        Assert.Equal(
            "Esta versión no se puede restaurar: otra reunión tiene ahora su dirección /meetings/asia-media-summit-2005.",
            page.QuerySelector("[role=status]")!.TextContent);
        Assert.False(await Factory.WithDbAsync(db => db.Meetings.AnyAsync(m => m.Id == id)));
    }

    [Theory]
    [InlineData("fr", "(Texte OpenDocument, 1,2 Mo)")]
    [InlineData("es", "(Texto OpenDocument, 1,2 MB)")]
    [InlineData("en", "(OpenDocument text, 1.2 MB)")]
    public async Task ADocumentVersionsFormatAndSize_AreWordedInTheReadersLanguage(string language, string expected)
    {
        var slug = await Factory.WithDbAsync(async db =>
        {
            var vienna = await db.OutcomeDocuments.Include(d => d.Languages).Include(d => d.Meeting).SingleAsync(d => d.Title == "Vienna Declaration");
            vienna.Languages[0].Url = "https://example.org/vienna-declaration.odt";
            vienna.Languages[0].StatedFormat = "application/vnd.oasis.opendocument.text";
            vienna.Languages[0].StatedSize = 1_300_000;
            await db.SaveChangesAsync();
            return vienna.Meeting!.Slug;
        });
        var prefix = language == "en" ? "" : "/" + language;

        var page = await Factory.CreateClient().GetDocumentAsync($"{prefix}/meetings/{slug}");

        var versions = page.QuerySelector("ul.outcome-languages")!;
        Assert.Contains(versions.QuerySelectorAll("span.text-body-secondary"), s => s.TextContent == expected);
    }
}
