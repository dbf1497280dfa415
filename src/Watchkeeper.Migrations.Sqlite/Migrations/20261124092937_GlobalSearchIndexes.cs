using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Watchkeeper.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GlobalSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_IpAddresses_OrganizationId_DnsName",
                table: "IpAddresses",
                columns: new[] { "OrganizationId", "DnsName" });

            migrationBuilder.CreateIndex(
                name: "IX_IpAddresses_OrganizationId_Key",
                table: "IpAddresses",
                columns: new[] { "OrganizationId", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OrganizationId_Fqdn",
                table: "Devices",
                columns: new[] { "OrganizationId", "Fqdn" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OrganizationId_Hostname",
                table: "Devices",
                columns: new[] { "OrganizationId", "Hostname" });

            migrationBuilder.CreateIndex(
                name: "IX_ConfigurationItems_OrganizationId_Name",
                table: "ConfigurationItems",
                columns: new[] { "OrganizationId", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IpAddresses_OrganizationId_DnsName",
                table: "IpAddresses");

            migrationBuilder.DropIndex(
                name: "IX_IpAddresses_OrganizationId_Key",
                table: "IpAddresses");

            migrationBuilder.DropIndex(
                name: "IX_Devices_OrganizationId_Fqdn",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_OrganizationId_Hostname",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_ConfigurationItems_OrganizationId_Name",
                table: "ConfigurationItems");
        }
    }
}
