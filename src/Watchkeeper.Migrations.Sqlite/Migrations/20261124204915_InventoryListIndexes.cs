using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Watchkeeper.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// FTS5 trigram tables that find the candidate rows of a "contains" filter or search without reading every row
    /// (docs/adr/0007), each kept in step with its table by triggers. They hold only the index (contentless), so a
    /// row is removed by its id alone. A later migration that rebuilds ConfigurationItems or Devices drops these
    /// triggers with the table and must create them again (the rename tests in DeviceTests and SearchTests catch it).
    /// </summary>
    public partial class InventoryListIndexes : Migration
    {
        private static readonly (string Index, string Table, string[] Columns)[] Indexes =
        [
            ("ItemNameTrigrams", "ConfigurationItems", ["Name"]),
            ("DeviceTextTrigrams", "Devices", ["Hostname", "Fqdn", "Serial", "AssetTag"]),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (index, table, columns) in Indexes)
            {
                var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
                var values = string.Join(", ", columns.Select(c => $"new.\"{c}\""));
                var insert = $"INSERT INTO \"{index}\" (rowid, {names}) VALUES (new.\"Id\", {values});";
                var delete = $"DELETE FROM \"{index}\" WHERE rowid = old.\"Id\";";
                migrationBuilder.Sql($"CREATE VIRTUAL TABLE \"{index}\" USING fts5({names}, content='', contentless_delete=1, tokenize='trigram');");
                migrationBuilder.Sql($"INSERT INTO \"{index}\" (rowid, {names}) SELECT \"Id\", {names} FROM \"{table}\";");
                migrationBuilder.Sql($"CREATE TRIGGER \"{index}_Insert\" AFTER INSERT ON \"{table}\" BEGIN {insert} END;");
                migrationBuilder.Sql($"CREATE TRIGGER \"{index}_Update\" AFTER UPDATE OF {names} ON \"{table}\" BEGIN {delete} {insert} END;");
                migrationBuilder.Sql($"CREATE TRIGGER \"{index}_Delete\" AFTER DELETE ON \"{table}\" BEGIN {delete} END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (index, _, _) in Indexes)
            {
                foreach (var trigger in new[] { "Insert", "Update", "Delete" })
                {
                    migrationBuilder.Sql($"DROP TRIGGER \"{index}_{trigger}\";");
                }
                migrationBuilder.Sql($"DROP TABLE \"{index}\";");
            }
        }
    }
}
