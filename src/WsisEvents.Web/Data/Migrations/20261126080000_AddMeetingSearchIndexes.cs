using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WsisEvents.Web.Data.Migrations;

/// <summary>Indexes that serve every filter of the meeting list at 100,000 meetings, and the full-text index of the
/// text search. Written by hand; MigrationSchemaTests checks the indexes against the model. The case-insensitive
/// country index, the FTS5 table and its triggers are SQLite's own, beyond what EF Core's model describes, so that
/// test leaves them out by name and SearchIndexTests checks them.</summary>
[DbContext(typeof(WsisDbContext))]
[Migration("20261126080000_AddMeetingSearchIndexes")]
public sealed class AddMeetingSearchIndexes : Migration
{
    /// <summary>The searchable text of the organizers of the meeting <paramref name="meetingId"/> (an SQL expression):
    /// each one's name, acronym and name as the source wrote it.</summary>
    private static string OrganizerText(string meetingId) => $"""
        (SELECT group_concat(o.Name || ' ' || coalesce(o.Acronym, '') || ' ' || coalesce(mo.NameAsWritten, ''), ' ')
         FROM MeetingOrganizers AS mo JOIN Organizations AS o ON o.Id = mo.OrganizationId
         WHERE mo.MeetingId = {meetingId})
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Meetings_StartDate_EndDate", table: "Meetings");
        migrationBuilder.CreateIndex(name: "IX_Meetings_StartDate_EndDate_Title", table: "Meetings", columns: ["StartDate", "EndDate", "Title"]);
        migrationBuilder.DropIndex(name: "IX_MeetingThemes_ThemeId", table: "MeetingThemes");
        migrationBuilder.CreateIndex(name: "IX_MeetingThemes_ThemeId_MeetingId", table: "MeetingThemes", columns: ["ThemeId", "MeetingId"]);
        migrationBuilder.DropIndex(name: "IX_MeetingOrganizers_OrganizationId", table: "MeetingOrganizers");
        migrationBuilder.CreateIndex(name: "IX_MeetingOrganizers_OrganizationId_MeetingId", table: "MeetingOrganizers", columns: ["OrganizationId", "MeetingId"]);

        migrationBuilder.DropIndex(name: "IX_Meetings_CategoryId", table: "Meetings");
        migrationBuilder.CreateIndex(
            name: "IX_Meetings_CategoryId_StartDate_EndDate_Title", table: "Meetings", columns: ["CategoryId", "StartDate", "EndDate", "Title"]);
        migrationBuilder.DropIndex(name: "IX_Meetings_Country", table: "Meetings");
        migrationBuilder.Sql("CREATE INDEX IX_Meetings_Country_NoCase ON Meetings (Country COLLATE NOCASE, StartDate, EndDate, Title);");

        // A table of its own (not external content): the organizers' names are not a column of Meetings, and a
        // row can then be replaced by rowid alone. unicode61 folds case; remove_diacritics 2 makes "sao" find
        // "São Paulo". No prefix index: at 100,000 meetings it doubled the time to index and added a quarter to the
        // file, for searches that were no faster (bench/RESULTS.md).
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE MeetingsFts USING fts5(
                Title, Description, City, Country, Venue, Organizers,
                tokenize = 'unicode61 remove_diacritics 2');
            """);
        migrationBuilder.Sql($"""
            INSERT INTO MeetingsFts (rowid, Title, Description, City, Country, Venue, Organizers)
            SELECT m.Id, m.Title, m.Description, m.City, m.Country, m.Venue, {OrganizerText("m.Id")}
            FROM Meetings AS m;
            """);

        // Kept in step by the database itself, so that every writer (the admin area, the importer, a restore,
        // generate-sample, a hand-written UPDATE) keeps the index right.
        migrationBuilder.Sql($"""
            CREATE TRIGGER Meetings_AfterInsert_Search AFTER INSERT ON Meetings BEGIN
                INSERT INTO MeetingsFts (rowid, Title, Description, City, Country, Venue, Organizers)
                VALUES (new.Id, new.Title, new.Description, new.City, new.Country, new.Venue, {OrganizerText("new.Id")});
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Meetings_AfterUpdate_Search AFTER UPDATE OF Title, Description, City, Country, Venue ON Meetings BEGIN
                UPDATE MeetingsFts SET Title = new.Title, Description = new.Description, City = new.City, Country = new.Country, Venue = new.Venue
                WHERE rowid = new.Id;
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Meetings_AfterDelete_Search AFTER DELETE ON Meetings BEGIN
                DELETE FROM MeetingsFts WHERE rowid = old.Id;
            END;
            """);
        foreach (var (name, when, meeting) in new[]
        {
            ("MeetingOrganizers_AfterInsert_Search", "AFTER INSERT", "new.MeetingId"),
            ("MeetingOrganizers_AfterUpdate_Search", "AFTER UPDATE OF NameAsWritten", "new.MeetingId"),
            ("MeetingOrganizers_AfterDelete_Search", "AFTER DELETE", "old.MeetingId"),
        })
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER {name} {when} ON MeetingOrganizers BEGIN
                    UPDATE MeetingsFts SET Organizers = {OrganizerText(meeting)} WHERE rowid = {meeting};
                END;
                """);
        }

        migrationBuilder.Sql($"""
            CREATE TRIGGER Organizations_AfterRename_Search AFTER UPDATE OF Name, Acronym ON Organizations BEGIN
                UPDATE MeetingsFts SET Organizers = {OrganizerText("MeetingsFts.rowid")}
                WHERE rowid IN (SELECT MeetingId FROM MeetingOrganizers WHERE OrganizationId = new.Id);
            END;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var trigger in new[]
        {
            "Meetings_AfterInsert_Search", "Meetings_AfterUpdate_Search", "Meetings_AfterDelete_Search",
            "MeetingOrganizers_AfterInsert_Search", "MeetingOrganizers_AfterUpdate_Search", "MeetingOrganizers_AfterDelete_Search",
            "Organizations_AfterRename_Search",
        })
        {
            migrationBuilder.Sql($"DROP TRIGGER {trigger};");
        }

        migrationBuilder.Sql("DROP TABLE MeetingsFts;");
        migrationBuilder.Sql("DROP INDEX IX_Meetings_Country_NoCase;");
        migrationBuilder.CreateIndex(name: "IX_Meetings_Country", table: "Meetings", column: "Country");
        migrationBuilder.DropIndex(name: "IX_Meetings_CategoryId_StartDate_EndDate_Title", table: "Meetings");
        migrationBuilder.CreateIndex(name: "IX_Meetings_CategoryId", table: "Meetings", column: "CategoryId");
        migrationBuilder.DropIndex(name: "IX_MeetingOrganizers_OrganizationId_MeetingId", table: "MeetingOrganizers");
        migrationBuilder.CreateIndex(name: "IX_MeetingOrganizers_OrganizationId", table: "MeetingOrganizers", column: "OrganizationId");
        migrationBuilder.DropIndex(name: "IX_MeetingThemes_ThemeId_MeetingId", table: "MeetingThemes");
        migrationBuilder.CreateIndex(name: "IX_MeetingThemes_ThemeId", table: "MeetingThemes", column: "ThemeId");
        migrationBuilder.DropIndex(name: "IX_Meetings_StartDate_EndDate_Title", table: "Meetings");
        migrationBuilder.CreateIndex(name: "IX_Meetings_StartDate_EndDate", table: "Meetings", columns: ["StartDate", "EndDate"]);
    }
}
