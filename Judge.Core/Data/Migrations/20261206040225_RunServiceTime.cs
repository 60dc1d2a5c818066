using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Judge.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class RunServiceTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StartedAt",
                table: "task_runs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_task_runs_CompletedAt",
                table: "task_runs",
                column: "CompletedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_task_runs_CompletedAt",
                table: "task_runs");

            migrationBuilder.DropColumn(
                name: "StartedAt",
                table: "task_runs");
        }
    }
}
