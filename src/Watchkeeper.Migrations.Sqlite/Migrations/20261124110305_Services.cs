using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Watchkeeper.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Services : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Vendor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Product = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SoftwareVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DatabaseEngine = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Tier = table.Column<int>(type: "INTEGER", nullable: true),
                    SupportHours = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RtoMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    RpoMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    VisibleToRequesters = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Services_ConfigurationItems_Id",
                        column: x => x.Id,
                        principalTable: "ConfigurationItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Services_OrganizationId_Tier",
                table: "Services",
                columns: new[] { "OrganizationId", "Tier" });

            migrationBuilder.CreateIndex(
                name: "IX_Services_OrganizationId_VisibleToRequesters",
                table: "Services",
                columns: new[] { "OrganizationId", "VisibleToRequesters" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Services");
        }
    }
}
