using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Watchkeeper.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Power : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MaxOutputWatts",
                table: "DeviceTypes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PowerPanels",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    SiteId = table.Column<long>(type: "bigint", nullable: false),
                    LocationId = table.Column<long>(type: "bigint", nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PowerPanels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PowerPanels_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PowerPanels_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PowerFeeds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    PanelId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Supply = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Phase = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Voltage = table.Column<int>(type: "integer", nullable: false),
                    Amperage = table.Column<int>(type: "integer", nullable: false),
                    MaxUtilizationPercent = table.Column<int>(type: "integer", nullable: false),
                    RackId = table.Column<long>(type: "bigint", nullable: true),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PowerFeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PowerFeeds_PowerPanels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "PowerPanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PowerFeeds_Racks_RackId",
                        column: x => x.RackId,
                        principalTable: "Racks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PowerConnections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    DeviceId = table.Column<long>(type: "bigint", nullable: false),
                    FeedId = table.Column<long>(type: "bigint", nullable: true),
                    UpstreamDeviceId = table.Column<long>(type: "bigint", nullable: true),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PowerConnections", x => x.Id);
                    table.CheckConstraint("CK_PowerConnections_OneSource", "(\"FeedId\" IS NULL) <> (\"UpstreamDeviceId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_PowerConnections_Devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PowerConnections_Devices_UpstreamDeviceId",
                        column: x => x.UpstreamDeviceId,
                        principalTable: "Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PowerConnections_PowerFeeds_FeedId",
                        column: x => x.FeedId,
                        principalTable: "PowerFeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PowerConnections_DeviceId",
                table: "PowerConnections",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_PowerConnections_FeedId",
                table: "PowerConnections",
                column: "FeedId");

            migrationBuilder.CreateIndex(
                name: "IX_PowerConnections_OrganizationId_DeviceId",
                table: "PowerConnections",
                columns: new[] { "OrganizationId", "DeviceId" });

            migrationBuilder.CreateIndex(
                name: "IX_PowerConnections_UpstreamDeviceId",
                table: "PowerConnections",
                column: "UpstreamDeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_PowerFeeds_OrganizationId_Name",
                table: "PowerFeeds",
                columns: new[] { "OrganizationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_PowerFeeds_PanelId_Name",
                table: "PowerFeeds",
                columns: new[] { "PanelId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PowerFeeds_RackId",
                table: "PowerFeeds",
                column: "RackId");

            migrationBuilder.CreateIndex(
                name: "IX_PowerPanels_LocationId",
                table: "PowerPanels",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_PowerPanels_OrganizationId_Name",
                table: "PowerPanels",
                columns: new[] { "OrganizationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_PowerPanels_SiteId_Name",
                table: "PowerPanels",
                columns: new[] { "SiteId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PowerConnections");

            migrationBuilder.DropTable(
                name: "PowerFeeds");

            migrationBuilder.DropTable(
                name: "PowerPanels");

            migrationBuilder.DropColumn(
                name: "MaxOutputWatts",
                table: "DeviceTypes");
        }
    }
}
