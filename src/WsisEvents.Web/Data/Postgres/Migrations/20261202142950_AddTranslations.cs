using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WsisEvents.Web.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ThemeId = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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

            // A meeting's search document holds its translations' words too, after the originals'; a change to a
            // translation recomputes it (the locking of wsis_refresh_meeting_search, CreateCatalogSchema).
            migrationBuilder.Sql(MeetingDocument(withTranslations: true));
            migrationBuilder.Sql("""
                CREATE FUNCTION wsis_meeting_translations_search() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        PERFORM wsis_refresh_meeting_search(OLD."MeetingId");
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        PERFORM wsis_refresh_meeting_search(NEW."MeetingId");
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "MeetingTranslations_AfterChange_Search" AFTER INSERT OR UPDATE OR DELETE ON "MeetingTranslations"
                    FOR EACH ROW EXECUTE FUNCTION wsis_meeting_translations_search();
                """);

            // Every instance evicts its caches when a translation changes, as for the other catalog tables.
            foreach (var table in TranslationTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_Notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}"
                        FOR EACH STATEMENT EXECUTE FUNCTION wsis_notify_catalog_change();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in TranslationTables)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_Notify" ON "{table}";""");
            }

            migrationBuilder.Sql("""DROP TRIGGER "MeetingTranslations_AfterChange_Search" ON "MeetingTranslations";""");
            migrationBuilder.Sql("DROP FUNCTION wsis_meeting_translations_search();");
            migrationBuilder.Sql(MeetingDocument(withTranslations: false));
            migrationBuilder.DropTable(
                name: "MeetingTranslations");

            migrationBuilder.DropTable(
                name: "ThemeTranslations");
        }

        internal static readonly string[] TranslationTables = ["MeetingTranslations", "ThemeTranslations"];

        /// <summary>wsis_meeting_document as CreateCatalogSchema made it, with or without the translations' words.</summary>
        private static string MeetingDocument(bool withTranslations)
        {
            var translations = withTranslations
                ? """
                  ,
                  (SELECT string_agg(concat_ws(' ', t."Title", t."Description"), ' ' ORDER BY t."Language")
                   FROM "MeetingTranslations" AS t WHERE t."MeetingId" = m."Id")
                  """
                : "";
            return $$"""
                CREATE OR REPLACE FUNCTION wsis_meeting_document(meeting integer) RETURNS tsvector
                LANGUAGE sql STABLE
                RETURN (SELECT to_tsvector('simple', wsis_search_words(concat_ws(' ', m."Title", m."Description", m."City", m."Country", m."Venue",
                            (SELECT string_agg(concat_ws(' ', o."Name", o."Acronym", mo."NameAsWritten"), ' ' ORDER BY mo."Position")
                             FROM "MeetingOrganizers" AS mo JOIN "Organizations" AS o ON o."Id" = mo."OrganizationId"
                             WHERE mo."MeetingId" = m."Id"){{translations}})))
                        FROM "Meetings" AS m WHERE m."Id" = meeting);
                """;
        }
    }
}
