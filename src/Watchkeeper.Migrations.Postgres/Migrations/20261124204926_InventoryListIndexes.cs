using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Watchkeeper.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Trigram indexes for "contains" filters and search (docs/adr/0007): GIN over <c>upper(column)</c>, the expression
    /// EF Core compares with <c>LIKE '%…%'</c>. The model cannot describe expression indexes, hence plain SQL.
    /// pg_trgm is a trusted extension: the database's owner may create it.
    /// </summary>
    public partial class InventoryListIndexes : Migration
    {
        private static readonly (string Table, string Column)[] Columns =
        [
            ("ConfigurationItems", "Name"),
            ("Devices", "Hostname"),
            ("Devices", "Fqdn"),
            ("Devices", "Serial"),
            ("Devices", "AssetTag"),
            ("IpAddresses", "DnsName"),
            ("ItemTags", "Name"),
            ("Interfaces", "MacAddress"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            foreach (var (table, column) in Columns)
            {
                migrationBuilder.Sql($"CREATE INDEX \"IX_{table}_{column}_Trigrams\" ON \"{table}\" USING gin (upper(\"{column}\") gin_trgm_ops);");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column) in Columns)
            {
                migrationBuilder.Sql($"DROP INDEX \"IX_{table}_{column}_Trigrams\";");
            }
        }
    }
}
