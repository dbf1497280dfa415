using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Watchkeeper.Migrations.Postgres.Migrations
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
