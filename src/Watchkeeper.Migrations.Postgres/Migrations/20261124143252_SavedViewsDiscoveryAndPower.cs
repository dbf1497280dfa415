using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Watchkeeper.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SavedViewsDiscoveryAndPower : Migration
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
                name: "ColumnChoices",
                columns: table => new
                {
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    Page = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ColumnList = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ColumnChoices", x => new { x.UserId, x.OrganizationId, x.Page });
                    table.ForeignKey(
                        name: "FK_ColumnChoices_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ColumnChoices_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DiscoveryJobs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Prefixes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Icmp = table.Column<bool>(type: "boolean", nullable: false),
                    TcpPorts = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReverseDns = table.Column<bool>(type: "boolean", nullable: false),
                    Banners = table.Column<bool>(type: "boolean", nullable: false),
                    HttpPorts = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TlsPorts = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Snmp = table.Column<bool>(type: "boolean", nullable: false),
                    SnmpSecret = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SnmpPort = table.Column<int>(type: "integer", nullable: false),
                    Concurrency = table.Column<int>(type: "integer", nullable: false),
                    RatePerSecond = table.Column<int>(type: "integer", nullable: false),
                    TimeoutMs = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    NextRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscoveryJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscoveryJobs_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "SavedViews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerUserId = table.Column<long>(type: "bigint", nullable: false),
                    Page = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Query = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ColumnList = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Sort = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Shared = table.Column<bool>(type: "boolean", nullable: false),
                    Default = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedViews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SavedViews_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SavedViews_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DiscoveryRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    JobId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Scheduled = table.Column<bool>(type: "boolean", nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HostsTotal = table.Column<int>(type: "integer", nullable: false),
                    HostsProbed = table.Column<int>(type: "integer", nullable: false),
                    HostsResponding = table.Column<int>(type: "integer", nullable: false),
                    FindingsCount = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CancelRequested = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscoveryRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscoveryRuns_DiscoveryJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "DiscoveryJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "DiscoveryFindings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    JobId = table.Column<long>(type: "bigint", nullable: false),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DeviceId = table.Column<long>(type: "bigint", nullable: true),
                    MatchedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ProposedName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProposedKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Observation = table.Column<string>(type: "text", nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: true),
                    Cable = table.Column<string>(type: "text", nullable: true),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FoundAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscoveryFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscoveryFindings_ConfigurationItems_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "ConfigurationItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_DiscoveryFindings_DiscoveryJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "DiscoveryJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DiscoveryFindings_DiscoveryRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "DiscoveryRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_ColumnChoices_OrganizationId",
                table: "ColumnChoices",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscoveryFindings_DeviceId",
                table: "DiscoveryFindings",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscoveryFindings_JobId",
                table: "DiscoveryFindings",
                column: "JobId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscoveryFindings_OrganizationId_Address_Kind",
                table: "DiscoveryFindings",
                columns: new[] { "OrganizationId", "Address", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscoveryFindings_OrganizationId_State_Id",
                table: "DiscoveryFindings",
                columns: new[] { "OrganizationId", "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscoveryFindings_RunId",
                table: "DiscoveryFindings",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscoveryJobs_Enabled_NextRunAt",
                table: "DiscoveryJobs",
                columns: new[] { "Enabled", "NextRunAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscoveryJobs_OrganizationId_Name",
                table: "DiscoveryJobs",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DiscoveryRuns_JobId_Id",
                table: "DiscoveryRuns",
                columns: new[] { "JobId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscoveryRuns_Status",
                table: "DiscoveryRuns",
                column: "Status");

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

            migrationBuilder.CreateIndex(
                name: "IX_SavedViews_OrganizationId_OwnerUserId_Page_Name",
                table: "SavedViews",
                columns: new[] { "OrganizationId", "OwnerUserId", "Page", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SavedViews_OwnerUserId",
                table: "SavedViews",
                column: "OwnerUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ColumnChoices");

            migrationBuilder.DropTable(
                name: "DiscoveryFindings");

            migrationBuilder.DropTable(
                name: "PowerConnections");

            migrationBuilder.DropTable(
                name: "SavedViews");

            migrationBuilder.DropTable(
                name: "DiscoveryRuns");

            migrationBuilder.DropTable(
                name: "PowerFeeds");

            migrationBuilder.DropTable(
                name: "DiscoveryJobs");

            migrationBuilder.DropTable(
                name: "PowerPanels");

            migrationBuilder.DropColumn(
                name: "MaxOutputWatts",
                table: "DeviceTypes");
        }
    }
}
