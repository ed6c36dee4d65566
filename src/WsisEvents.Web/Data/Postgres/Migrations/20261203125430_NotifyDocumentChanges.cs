using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WsisEvents.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NotifyDocumentChanges : Migration
    {
        /// <summary>The outcome documents' tables, which AddOutcomeDocuments made without the change notification of
        /// the other catalog tables: a document edited through one instance left its pages cached on the others until
        /// they expired. Their bytes (StoredFileContents) change only with a StoredFiles row, so they need none.</summary>
        internal static readonly string[] DocumentTables = ["OutcomeDocuments", "DocumentLanguageVersions", "StoredFiles"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A change of a document on one instance evicts the others' cached pages, as a change of a meeting does.
            foreach (var table in DocumentTables)
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
            foreach (var table in DocumentTables)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_Notify" ON "{table}";""");
            }
        }
    }
}
