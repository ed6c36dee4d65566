using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WsisEvents.Web.Data.Migrations;

/// <summary>A table for the Data Protection key ring, used when <c>DataProtection:Keys</c> is <c>Database</c> (the
/// default on PostgreSQL; SQLite keeps its keys in files unless told otherwise). Written by hand; checked against the
/// model by MigrationSchemaTests.</summary>
[DbContext(typeof(WsisDbContext))]
[Migration("20261127080000_AddDataProtectionKeys")]
public sealed class AddDataProtectionKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                FriendlyName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                Xml = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "DataProtectionKeys");
}
