using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Watchkeeper.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DiscoveryJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DiscoveryJobs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prefixes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Icmp = table.Column<bool>(type: "INTEGER", nullable: false),
                    TcpPorts = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReverseDns = table.Column<bool>(type: "INTEGER", nullable: false),
                    Banners = table.Column<bool>(type: "INTEGER", nullable: false),
                    HttpPorts = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TlsPorts = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Snmp = table.Column<bool>(type: "INTEGER", nullable: false),
                    SnmpSecret = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SnmpPort = table.Column<int>(type: "INTEGER", nullable: false),
                    Concurrency = table.Column<int>(type: "INTEGER", nullable: false),
                    RatePerSecond = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeoutMs = table.Column<int>(type: "INTEGER", nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    NextRunAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "DiscoveryRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    JobId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Scheduled = table.Column<bool>(type: "INTEGER", nullable: false),
                    QueuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HostsTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    HostsProbed = table.Column<int>(type: "INTEGER", nullable: false),
                    HostsResponding = table.Column<int>(type: "INTEGER", nullable: false),
                    FindingsCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CancelRequested = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "DiscoveryFindings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    JobId = table.Column<long>(type: "INTEGER", nullable: false),
                    RunId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeviceId = table.Column<long>(type: "INTEGER", nullable: true),
                    MatchedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProposedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProposedKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Observation = table.Column<string>(type: "TEXT", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: true),
                    Cable = table.Column<string>(type: "TEXT", nullable: true),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FoundAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DiscoveryFindings");

            migrationBuilder.DropTable(
                name: "DiscoveryRuns");

            migrationBuilder.DropTable(
                name: "DiscoveryJobs");
        }
    }
}
