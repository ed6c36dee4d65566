using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WsisEvents.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddMeetingWebsite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Website",
                table: "Meetings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Website",
                table: "Meetings");
        }
    }
}
