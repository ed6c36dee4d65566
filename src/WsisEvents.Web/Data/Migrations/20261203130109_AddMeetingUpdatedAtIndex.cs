using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WsisEvents.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddMeetingUpdatedAtIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Meetings_UpdatedAt_Id",
                table: "Meetings",
                columns: new[] { "UpdatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Meetings_UpdatedAt_Id",
                table: "Meetings");
        }
    }
}
