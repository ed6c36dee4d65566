using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WsisEvents.Web.Data.Migrations;

/// <summary>The catalog's first schema: organizations and their aliases and affiliations, categories, Action Lines,
/// meetings with their organizers, themes and related meetings, and the record of applied seed steps. Written by
/// hand (before the project had EF Core's design-time tools); a test checks that it builds exactly the schema of
/// the model.</summary>
[DbContext(typeof(WsisDbContext))]
[Migration("20261125080000_CreateCatalogSchema")]
public sealed class CreateCatalogSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Categories",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Categories", x => x.Id));

        migrationBuilder.CreateTable(
            name: "DataSeeds",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                AppliedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataSeeds", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Organizations",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                Acronym = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                Description = table.Column<string>(type: "TEXT", nullable: true),
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
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Themes", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Meetings",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                DatePrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                Country = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                Venue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                IsOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                Description = table.Column<string>(type: "TEXT", nullable: true),
                SourceDocument = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                SourceLine = table.Column<int>(type: "INTEGER", nullable: true),
                SourceText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
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
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                TargetOrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                Since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                SincePrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                SourceDocument = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                SourceText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
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
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                NormalizedName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
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
                MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
                NameAsWritten = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
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
                MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                RelatedMeetingId = table.Column<int>(type: "INTEGER", nullable: false),
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
                MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                ThemeId = table.Column<int>(type: "INTEGER", nullable: false),
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

        migrationBuilder.CreateIndex(name: "IX_Meetings_CategoryId", table: "Meetings", column: "CategoryId");
        migrationBuilder.CreateIndex(name: "IX_Meetings_Country", table: "Meetings", column: "Country");
        migrationBuilder.CreateIndex(name: "IX_Meetings_EndDate", table: "Meetings", column: "EndDate");
        migrationBuilder.CreateIndex(name: "IX_Meetings_Slug", table: "Meetings", column: "Slug", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Meetings_StartDate_EndDate", table: "Meetings", columns: ["StartDate", "EndDate"]);
        migrationBuilder.CreateIndex(name: "IX_Meetings_Title_StartDate", table: "Meetings", columns: ["Title", "StartDate"]);

        migrationBuilder.CreateIndex(name: "IX_MeetingOrganizers_OrganizationId", table: "MeetingOrganizers", column: "OrganizationId");
        migrationBuilder.CreateIndex(name: "IX_MeetingRelations_RelatedMeetingId", table: "MeetingRelations", column: "RelatedMeetingId");
        migrationBuilder.CreateIndex(name: "IX_MeetingThemes_ThemeId", table: "MeetingThemes", column: "ThemeId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Affiliations");
        migrationBuilder.DropTable(name: "DataSeeds");
        migrationBuilder.DropTable(name: "MeetingOrganizers");
        migrationBuilder.DropTable(name: "MeetingRelations");
        migrationBuilder.DropTable(name: "MeetingThemes");
        migrationBuilder.DropTable(name: "OrganizationAliases");
        migrationBuilder.DropTable(name: "Meetings");
        migrationBuilder.DropTable(name: "Themes");
        migrationBuilder.DropTable(name: "Organizations");
        migrationBuilder.DropTable(name: "Categories");
    }
}
