using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Watchkeeper.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InventoryRelationships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RedundancyGroups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    MinimumHealthy = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedundancyGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RedundancyGroups_ConfigurationItems_Id",
                        column: x => x.Id,
                        principalTable: "ConfigurationItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Relationships",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Relationships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Relationships_ConfigurationItems_SourceId",
                        column: x => x.SourceId,
                        principalTable: "ConfigurationItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Relationships_ConfigurationItems_TargetId",
                        column: x => x.TargetId,
                        principalTable: "ConfigurationItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RedundancyGroups_OrganizationId",
                table: "RedundancyGroups",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_OrganizationId",
                table: "Relationships",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_SourceId_TargetId_Type",
                table: "Relationships",
                columns: new[] { "SourceId", "TargetId", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_TargetId_SourceId",
                table: "Relationships",
                columns: new[] { "TargetId", "SourceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RedundancyGroups");

            migrationBuilder.DropTable(
                name: "Relationships");
        }
    }
}
