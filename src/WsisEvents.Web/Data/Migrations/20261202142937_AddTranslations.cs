using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WsisEvents.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MeetingTranslations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingTranslations_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThemeTranslations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ThemeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThemeTranslations_Themes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "Themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingTranslations_MeetingId_Language",
                table: "MeetingTranslations",
                columns: new[] { "MeetingId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThemeTranslations_ThemeId_Language",
                table: "ThemeTranslations",
                columns: new[] { "ThemeId", "Language" },
                unique: true);

            // A search finds a meeting by its translations too: their words in an FTS5 table of their own, split and
            // folded as MeetingsFts splits the originals (MeetingTextSearch asks both), kept in step by triggers.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE MeetingTranslationsFts USING fts5(
                    MeetingId UNINDEXED, Title, Description,
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER MeetingTranslations_AfterInsert_Search AFTER INSERT ON MeetingTranslations BEGIN
                    INSERT INTO MeetingTranslationsFts (rowid, MeetingId, Title, Description) VALUES (new.Id, new.MeetingId, new.Title, new.Description);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER MeetingTranslations_AfterUpdate_Search AFTER UPDATE OF Title, Description ON MeetingTranslations BEGIN
                    UPDATE MeetingTranslationsFts SET Title = new.Title, Description = new.Description WHERE rowid = new.Id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER MeetingTranslations_AfterDelete_Search AFTER DELETE ON MeetingTranslations BEGIN
                    DELETE FROM MeetingTranslationsFts WHERE rowid = old.Id;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "MeetingTranslations_AfterInsert_Search", "MeetingTranslations_AfterUpdate_Search", "MeetingTranslations_AfterDelete_Search" })
            {
                migrationBuilder.Sql($"DROP TRIGGER {trigger};");
            }

            migrationBuilder.Sql("DROP TABLE MeetingTranslationsFts;");
            migrationBuilder.DropTable(
                name: "MeetingTranslations");

            migrationBuilder.DropTable(
                name: "ThemeTranslations");
        }
    }
}
