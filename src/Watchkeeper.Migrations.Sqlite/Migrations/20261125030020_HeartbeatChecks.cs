using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Watchkeeper.Migrations.Sqlite.Migrations
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
                    CheckId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TokenSecret = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastPingAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastPingKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LastBody = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastDurationMs = table.Column<double>(type: "REAL", nullable: true),
                    WaitingSince = table.Column<long>(type: "INTEGER", nullable: false)
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
