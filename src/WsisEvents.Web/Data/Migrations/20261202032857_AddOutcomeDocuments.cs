using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WsisEvents.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddOutcomeDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OutcomeDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Symbol = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SourceLine = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeDocuments_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocumentLanguageVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutcomeDocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    StoredFileId = table.Column<int>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StatedFormat = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    StatedSize = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentLanguageVersions", x => x.Id);
                    table.CheckConstraint("CK_DocumentLanguageVersions_LinkOrFile", "\"Url\" IS NULL OR \"StoredFileId\" IS NULL");
                    table.ForeignKey(
                        name: "FK_DocumentLanguageVersions_OutcomeDocuments_OutcomeDocumentId",
                        column: x => x.OutcomeDocumentId,
                        principalTable: "OutcomeDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DocumentLanguageVersions_StoredFiles_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StoredFileContents",
                columns: table => new
                {
                    StoredFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFileContents", x => x.StoredFileId);
                    table.ForeignKey(
                        name: "FK_StoredFileContents_StoredFiles_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentLanguageVersions_Language",
                table: "DocumentLanguageVersions",
                column: "Language");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentLanguageVersions_OutcomeDocumentId_Language",
                table: "DocumentLanguageVersions",
                columns: new[] { "OutcomeDocumentId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentLanguageVersions_StoredFileId",
                table: "DocumentLanguageVersions",
                column: "StoredFileId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeDocuments_Date",
                table: "OutcomeDocuments",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeDocuments_MeetingId_Position",
                table: "OutcomeDocuments",
                columns: new[] { "MeetingId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeDocuments_Symbol",
                table: "OutcomeDocuments",
                column: "Symbol",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_Sha256",
                table: "StoredFiles",
                column: "Sha256",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentLanguageVersions");

            migrationBuilder.DropTable(
                name: "StoredFileContents");

            migrationBuilder.DropTable(
                name: "OutcomeDocuments");

            migrationBuilder.DropTable(
                name: "StoredFiles");
        }
    }
}
