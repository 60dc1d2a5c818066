using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Judge.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ComplexityReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "complexity_results",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Reason",
                table: "complexity_results");
        }
    }
}
