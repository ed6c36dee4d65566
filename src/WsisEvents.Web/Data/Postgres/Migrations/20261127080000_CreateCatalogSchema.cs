using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace WsisEvents.Web.Data.Postgres.Migrations;

/// <summary>The whole schema on PostgreSQL in one step (SQLite's took four, Data/Migrations): the catalog, editors'
/// accounts, the change history, the Data Protection keys, the meetings' full-text search and the notifications that
/// tell every instance of the site about a committed change. Written by hand; MigrationSchemaTests checks it against
/// the model on a real server. The case-insensitive country index, the search table with its functions and triggers
/// and the notification triggers are beyond what EF Core's model describes, so that test leaves them out by name and
/// SearchIndexTests (on PostgreSQL) and ScaleOutTests check them. Needs PostgreSQL 14 or later (SQL-standard function
/// bodies) and a database whose LC_CTYPE is a UTF-8 locale, so that letters beyond ASCII count as letters in search.</summary>
[DbContext(typeof(PostgresWsisDbContext))]
[Migration("20261127080000_CreateCatalogSchema")]
public sealed class CreateCatalogSchema : Migration
{
    /// <summary>The tables whose changes alter what public pages show (CacheEviction.IsCatalogEntity).</summary>
    internal static readonly string[] CatalogTables =
    [
        "Meetings", "MeetingOrganizers", "MeetingThemes", "MeetingRelations", "Organizations", "OrganizationAliases",
        "Affiliations", "Categories", "Themes",
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Categories",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                SortOrder = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Categories", x => x.Id));

        migrationBuilder.CreateTable(
            name: "DataSeeds",
            columns: table => new
            {
                Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                AppliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataSeeds", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Organizations",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                Acronym = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                ParentId = table.Column<int>(type: "integer", nullable: true),
                Website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                Description = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Organizations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Organizations_Organizations_ParentId",
                    column: x => x.ParentId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Themes",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                SortOrder = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Themes", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Meetings",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                DatePrecision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                Country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                Venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                IsOnline = table.Column<bool>(type: "boolean", nullable: false),
                CategoryId = table.Column<int>(type: "integer", nullable: false),
                Description = table.Column<string>(type: "text", nullable: true),
                SourceDocument = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                SourceLine = table.Column<int>(type: "integer", nullable: true),
                SourceText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Meetings", x => x.Id);
                table.ForeignKey(
                    name: "FK_Meetings_Categories_CategoryId",
                    column: x => x.CategoryId,
                    principalTable: "Categories",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Affiliations",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                OrganizationId = table.Column<int>(type: "integer", nullable: false),
                TargetOrganizationId = table.Column<int>(type: "integer", nullable: false),
                Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Since = table.Column<DateOnly>(type: "date", nullable: true),
                SincePrecision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                SourceDocument = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                SourceText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Affiliations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Affiliations_Organizations_OrganizationId",
                    column: x => x.OrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Affiliations_Organizations_TargetOrganizationId",
                    column: x => x.TargetOrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "OrganizationAliases",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                OrganizationId = table.Column<int>(type: "integer", nullable: false),
                Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                NormalizedName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrganizationAliases", x => x.Id);
                table.ForeignKey(
                    name: "FK_OrganizationAliases_Organizations_OrganizationId",
                    column: x => x.OrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MeetingOrganizers",
            columns: table => new
            {
                MeetingId = table.Column<int>(type: "integer", nullable: false),
                OrganizationId = table.Column<int>(type: "integer", nullable: false),
                Position = table.Column<int>(type: "integer", nullable: false),
                NameAsWritten = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetingOrganizers", x => new { x.MeetingId, x.OrganizationId });
                table.ForeignKey(
                    name: "FK_MeetingOrganizers_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_MeetingOrganizers_Organizations_OrganizationId",
                    column: x => x.OrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "MeetingRelations",
            columns: table => new
            {
                MeetingId = table.Column<int>(type: "integer", nullable: false),
                RelatedMeetingId = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetingRelations", x => new { x.MeetingId, x.RelatedMeetingId });
                table.ForeignKey(
                    name: "FK_MeetingRelations_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_MeetingRelations_Meetings_RelatedMeetingId",
                    column: x => x.RelatedMeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MeetingThemes",
            columns: table => new
            {
                MeetingId = table.Column<int>(type: "integer", nullable: false),
                ThemeId = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetingThemes", x => new { x.MeetingId, x.ThemeId });
                table.ForeignKey(
                    name: "FK_MeetingThemes_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_MeetingThemes_Themes_ThemeId",
                    column: x => x.ThemeId,
                    principalTable: "Themes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ChangeRecords",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                EntityType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                EntityId = table.Column<int>(type: "integer", nullable: false),
                EntityName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                Before = table.Column<string>(type: "text", nullable: true),
                After = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ChangeRecords", x => x.Id));
        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FriendlyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                Xml = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_Categories_Name", table: "Categories", column: "Name", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Categories_Slug", table: "Categories", column: "Slug", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Themes_Code", table: "Themes", column: "Code", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Themes_Slug", table: "Themes", column: "Slug", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Organizations_Acronym", table: "Organizations", column: "Acronym");
        migrationBuilder.CreateIndex(name: "IX_Organizations_Kind", table: "Organizations", column: "Kind");
        migrationBuilder.CreateIndex(name: "IX_Organizations_Name", table: "Organizations", column: "Name");
        migrationBuilder.CreateIndex(name: "IX_Organizations_ParentId", table: "Organizations", column: "ParentId");
        migrationBuilder.CreateIndex(name: "IX_Organizations_Slug", table: "Organizations", column: "Slug", unique: true);
        migrationBuilder.CreateIndex(name: "IX_OrganizationAliases_NormalizedName", table: "OrganizationAliases", column: "NormalizedName", unique: true);
        migrationBuilder.CreateIndex(name: "IX_OrganizationAliases_OrganizationId", table: "OrganizationAliases", column: "OrganizationId");
        migrationBuilder.CreateIndex(
            name: "IX_Affiliations_OrganizationId_TargetOrganizationId_Kind",
            table: "Affiliations",
            columns: ["OrganizationId", "TargetOrganizationId", "Kind"],
            unique: true);
        migrationBuilder.CreateIndex(name: "IX_Affiliations_TargetOrganizationId", table: "Affiliations", column: "TargetOrganizationId");
        migrationBuilder.CreateIndex(
            name: "IX_Meetings_CategoryId_StartDate_EndDate_Title", table: "Meetings", columns: ["CategoryId", "StartDate", "EndDate", "Title"]);
        migrationBuilder.CreateIndex(name: "IX_Meetings_EndDate", table: "Meetings", column: "EndDate");
        migrationBuilder.CreateIndex(name: "IX_Meetings_Slug", table: "Meetings", column: "Slug", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Meetings_StartDate_EndDate_Title", table: "Meetings", columns: ["StartDate", "EndDate", "Title"]);
        migrationBuilder.CreateIndex(name: "IX_Meetings_Title_StartDate", table: "Meetings", columns: ["Title", "StartDate"]);
        migrationBuilder.CreateIndex(name: "IX_MeetingOrganizers_OrganizationId_MeetingId", table: "MeetingOrganizers", columns: ["OrganizationId", "MeetingId"]);
        migrationBuilder.CreateIndex(name: "IX_MeetingRelations_RelatedMeetingId", table: "MeetingRelations", column: "RelatedMeetingId");
        migrationBuilder.CreateIndex(name: "IX_MeetingThemes_ThemeId_MeetingId", table: "MeetingThemes", columns: ["ThemeId", "MeetingId"]);
        migrationBuilder.CreateIndex(name: "IX_ChangeRecords_At", table: "ChangeRecords", column: "At");
        migrationBuilder.CreateIndex(name: "IX_ChangeRecords_EntityType_EntityId", table: "ChangeRecords", columns: ["EntityType", "EntityId"]);
        CreateIdentityTables(migrationBuilder);

        // The country filter ignores case (MeetingQueries): upper() on both sides, served by this index in list order.
        migrationBuilder.Sql("""CREATE INDEX "IX_Meetings_Country_Upper" ON "Meetings" (upper("Country"), "StartDate", "EndDate", "Title");""");
        CreateTextSearch(migrationBuilder);
        CreateChangeNotifications(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in CatalogTables)
        {
            migrationBuilder.Sql($"""DROP TRIGGER "{table}_Notify" ON "{table}";""");
        }

        migrationBuilder.Sql("DROP FUNCTION wsis_notify_catalog_change();");
        migrationBuilder.Sql("""DROP TABLE "MeetingSearch";""");
        foreach (var trigger in new[] { "Meetings_AfterInsert_Search", "Meetings_AfterUpdate_Search" })
        {
            migrationBuilder.Sql($"""DROP TRIGGER "{trigger}" ON "Meetings";""");
        }

        migrationBuilder.Sql("""DROP TRIGGER "MeetingOrganizers_AfterChange_Search" ON "MeetingOrganizers";""");
        migrationBuilder.Sql("""DROP TRIGGER "Organizations_AfterRename_Search" ON "Organizations";""");
        foreach (var function in new[]
        {
            "wsis_meetings_search_insert()", "wsis_meetings_search_update()", "wsis_meeting_organizers_search()",
            "wsis_organizations_search()", "wsis_refresh_meeting_search(integer)", "wsis_meeting_document(integer)", "wsis_search_query(text)", "wsis_search_words(text)",
        })
        {
            migrationBuilder.Sql($"DROP FUNCTION {function};");
        }

        foreach (var table in new[]
        {
            "AspNetRoleClaims", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles", "AspNetUserTokens", "AspNetRoles", "AspNetUsers",
            "DataProtectionKeys", "ChangeRecords", "Affiliations", "DataSeeds", "MeetingOrganizers", "MeetingRelations", "MeetingThemes",
            "OrganizationAliases", "Meetings", "Themes", "Organizations", "Categories",
        })
        {
            migrationBuilder.DropTable(name: table);
        }
    }

    /// <summary>Each meeting's words in a tsvector (table MeetingSearch, GIN index), as SQLite's FTS5 table holds
    /// them: title, description, city, country, venue and each organizer's name, acronym and name as written. Words
    /// are what is left between characters that are neither letters nor digits, after lower-casing and removing
    /// accents (the unaccent extension, shipped with PostgreSQL and trusted, so the database's owner may create it),
    /// so that a search splits the user's text exactly as the document was split. Triggers keep it right on every
    /// write, whoever makes it.</summary>
    private static void CreateTextSearch(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;");

        // unaccent() is only STABLE (it reads its dictionary by name); with the dictionary named and its schema fixed
        // the result depends on the text alone, which is what IMMUTABLE promises.
        migrationBuilder.Sql("""
            CREATE FUNCTION wsis_search_words(value text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, ''))), '[^[:alnum:]]+', ' ', 'g'));
            """);

        // The words in order, the last one as a prefix ("diplo" finds "diplofoundation"); NULL, which matches nothing,
        // for a text without words.
        migrationBuilder.Sql("""
            CREATE FUNCTION wsis_search_query(value text) RETURNS tsquery
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN (SELECT to_tsquery('simple', replace(w, ' ', ' <-> ') || ':*') FROM (SELECT wsis_search_words(value) AS w) AS s WHERE w <> '');
            """);

        migrationBuilder.Sql("""
            CREATE FUNCTION wsis_meeting_document(meeting integer) RETURNS tsvector
            LANGUAGE sql STABLE
            RETURN (SELECT to_tsvector('simple', wsis_search_words(concat_ws(' ', m."Title", m."Description", m."City", m."Country", m."Venue",
                        (SELECT string_agg(concat_ws(' ', o."Name", o."Acronym", mo."NameAsWritten"), ' ' ORDER BY mo."Position")
                         FROM "MeetingOrganizers" AS mo JOIN "Organizations" AS o ON o."Id" = mo."OrganizationId"
                         WHERE mo."MeetingId" = m."Id"))))
                    FROM "Meetings" AS m WHERE m."Id" = meeting);
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "MeetingSearch" (
                "MeetingId" integer NOT NULL PRIMARY KEY REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
                "Document" tsvector NOT NULL);
            CREATE INDEX "IX_MeetingSearch_Document" ON "MeetingSearch" USING gin ("Document");
            """);

        // A meeting's row is made when the meeting is; organizer changes and renames only update rows that exist, so
        // that the organizers deleted with their meeting do not bring its row back.
        //
        // Concurrent writers (READ COMMITTED): a document is computed by a statement of its own after the rows it
        // depends on are locked, so that it reads what the writer it waited for has committed. The search row is
        // locked FOR UPDATE before it is recomputed, and an organizer link takes FOR SHARE on its organization,
        // which waits for a rename in progress (and makes a later rename wait), so that neither computes a document
        // from the other's old state.
        migrationBuilder.Sql("""
            CREATE FUNCTION wsis_meetings_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO "MeetingSearch" ("MeetingId", "Document") VALUES (NEW."Id", wsis_meeting_document(NEW."Id"));
                RETURN NULL;
            END $$;
            CREATE TRIGGER "Meetings_AfterInsert_Search" AFTER INSERT ON "Meetings"
                FOR EACH ROW EXECUTE FUNCTION wsis_meetings_search_insert();

            CREATE FUNCTION wsis_refresh_meeting_search(meeting integer) RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM 1 FROM "MeetingSearch" WHERE "MeetingId" = meeting FOR UPDATE;
                UPDATE "MeetingSearch" SET "Document" = wsis_meeting_document(meeting) WHERE "MeetingId" = meeting;
            END $$;

            CREATE FUNCTION wsis_meetings_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM wsis_refresh_meeting_search(NEW."Id");
                RETURN NULL;
            END $$;
            CREATE TRIGGER "Meetings_AfterUpdate_Search" AFTER UPDATE OF "Title", "Description", "City", "Country", "Venue" ON "Meetings"
                FOR EACH ROW EXECUTE FUNCTION wsis_meetings_search_update();

            CREATE FUNCTION wsis_meeting_organizers_search() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('UPDATE', 'DELETE') THEN
                    PERFORM wsis_refresh_meeting_search(OLD."MeetingId");
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    PERFORM 1 FROM "Organizations" WHERE "Id" = NEW."OrganizationId" FOR SHARE;
                    PERFORM wsis_refresh_meeting_search(NEW."MeetingId");
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER "MeetingOrganizers_AfterChange_Search" AFTER INSERT OR UPDATE OR DELETE ON "MeetingOrganizers"
                FOR EACH ROW EXECUTE FUNCTION wsis_meeting_organizers_search();

            CREATE FUNCTION wsis_organizations_search() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM 1 FROM "MeetingSearch"
                WHERE "MeetingId" IN (SELECT "MeetingId" FROM "MeetingOrganizers" WHERE "OrganizationId" = NEW."Id")
                ORDER BY "MeetingId" FOR UPDATE;
                UPDATE "MeetingSearch" SET "Document" = wsis_meeting_document("MeetingId")
                WHERE "MeetingId" IN (SELECT "MeetingId" FROM "MeetingOrganizers" WHERE "OrganizationId" = NEW."Id");
                RETURN NULL;
            END $$;
            CREATE TRIGGER "Organizations_AfterRename_Search" AFTER UPDATE OF "Name", "Acronym" ON "Organizations"
                FOR EACH ROW EXECUTE FUNCTION wsis_organizations_search();
            """);
    }

    /// <summary>A notification on <c>wsis_catalog_changed</c> after any statement that changes a catalog table.
    /// PostgreSQL sends it when the transaction commits (not at all if it rolls back), and only once per transaction
    /// however many statements ran, since the payload is always the same; every instance of the site listens
    /// (PostgresChangeListener) and evicts its caches.</summary>
    private static void CreateChangeNotifications(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE FUNCTION wsis_notify_catalog_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('wsis_catalog_changed', '');
                RETURN NULL;
            END $$;
            """);
        foreach (var table in CatalogTables)
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{table}_Notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}"
                    FOR EACH STATEMENT EXECUTE FUNCTION wsis_notify_catalog_change();
                """);
        }
    }

    private static void CreateIdentityTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AspNetRoles",
            columns: table => new
            {
                Id = table.Column<string>(type: "text", nullable: false),
                Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AspNetRoles", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<string>(type: "text", nullable: false),
                UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                PasswordHash = table.Column<string>(type: "text", nullable: true),
                SecurityStamp = table.Column<string>(type: "text", nullable: true),
                ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                PhoneNumber = table.Column<string>(type: "text", nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                AccessFailedCount = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AspNetUsers", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoleId = table.Column<string>(type: "text", nullable: false),
                ClaimType = table.Column<string>(type: "text", nullable: true),
                ClaimValue = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                table.ForeignKey("FK_AspNetRoleClaims_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<string>(type: "text", nullable: false),
                ClaimType = table.Column<string>(type: "text", nullable: true),
                ClaimValue = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(type: "text", nullable: false),
                ProviderKey = table.Column<string>(type: "text", nullable: false),
                ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                UserId = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserRoles",
            columns: table => new
            {
                UserId = table.Column<string>(type: "text", nullable: false),
                RoleId = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<string>(type: "text", nullable: false),
                LoginProvider = table.Column<string>(type: "text", nullable: false),
                Name = table.Column<string>(type: "text", nullable: false),
                Value = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_AspNetRoleClaims_RoleId", table: "AspNetRoleClaims", column: "RoleId");
        migrationBuilder.CreateIndex(name: "RoleNameIndex", table: "AspNetRoles", column: "NormalizedName", unique: true);
        migrationBuilder.CreateIndex(name: "IX_AspNetUserClaims_UserId", table: "AspNetUserClaims", column: "UserId");
        migrationBuilder.CreateIndex(name: "IX_AspNetUserLogins_UserId", table: "AspNetUserLogins", column: "UserId");
        migrationBuilder.CreateIndex(name: "IX_AspNetUserRoles_RoleId", table: "AspNetUserRoles", column: "RoleId");
        migrationBuilder.CreateIndex(name: "EmailIndex", table: "AspNetUsers", column: "NormalizedEmail");
        migrationBuilder.CreateIndex(name: "UserNameIndex", table: "AspNetUsers", column: "NormalizedUserName", unique: true);
    }
}
