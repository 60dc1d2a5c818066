using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Judge.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ComplexityResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "complexity_results",
                columns: table => new
                {
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Expected = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Detected = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Confident = table.Column<bool>(type: "boolean", nullable: false),
                    Alternatives = table.Column<List<string>>(type: "text[]", nullable: false),
                    PointsJson = table.Column<string>(type: "jsonb", nullable: false),
                    ReferencePointsJson = table.Column<string>(type: "jsonb", nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProbeSeconds = table.Column<double>(type: "double precision", nullable: false),
                    MeasuredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complexity_results", x => x.SubmissionId);
                    table.ForeignKey(
                        name: "FK_complexity_results_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complexity_results");
        }
    }
}
