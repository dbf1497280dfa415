using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Watchkeeper.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HeartbeatChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Heartbeats",
                columns: table => new
                {
                    CheckId = table.Column<long>(type: "bigint", nullable: false),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TokenSecret = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastPingAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastPingKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    LastBody = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastDurationMs = table.Column<double>(type: "double precision", nullable: true),
                    WaitingSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Heartbeats", x => x.CheckId);
                    table.ForeignKey(
                        name: "FK_Heartbeats_Checks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "Checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Heartbeats_TokenHash",
                table: "Heartbeats",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Heartbeats");
        }
    }
}
