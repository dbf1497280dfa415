using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Watchkeeper.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MaintenanceWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "MaintenanceWindowId",
                table: "CheckStatuses",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StateBeforeMaintenance",
                table: "CheckStatuses",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Suppressed",
                table: "CheckStateChanges",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "MaintenanceWindows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Cron = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: true),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CheckIds = table.Column<List<long>>(type: "bigint[]", nullable: false),
                    ItemIds = table.Column<List<long>>(type: "bigint[]", nullable: false),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    IncludeDependencies = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceWindows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaintenanceWindows_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckStatuses_MaintenanceWindowId",
                table: "CheckStatuses",
                column: "MaintenanceWindowId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceWindows_OrganizationId_Name",
                table: "MaintenanceWindows",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MaintenanceWindows");

            migrationBuilder.DropIndex(
                name: "IX_CheckStatuses_MaintenanceWindowId",
                table: "CheckStatuses");

            migrationBuilder.DropColumn(
                name: "MaintenanceWindowId",
                table: "CheckStatuses");

            migrationBuilder.DropColumn(
                name: "StateBeforeMaintenance",
                table: "CheckStatuses");

            migrationBuilder.DropColumn(
                name: "Suppressed",
                table: "CheckStateChanges");
        }
    }
}
